import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, posix } from 'node:path';
import { describe, test } from 'node:test';
import { strFromU8, unzipSync } from 'fflate';
import { JSDOM } from 'jsdom';
import { BUDGETS } from '../../measure/budgets.ts';
import { epubFileName } from '../../src/edition/urls.ts';
import { bookIdentifier } from '../../src/epub/identifier.ts';
import { bodyParagraphs, restoreSource } from '../oracle/restore.ts';
import { DIST, normalise, page, selectAll } from '../helpers/built-site.ts';
import { gluedTokens, markedWords, withoutMarks } from '../helpers/note-marks.ts';
import { loadEditionModel } from '../../src/edition/index.ts';

const { edition, notes } = loadEditionModel();
const file = join(DIST, epubFileName(edition.title));
if (!existsSync(file)) throw new Error(`${file} is missing: run \`npm run build\` before the built-site tests.`);
const bytes = readFileSync(file);
const zip = unzipSync(bytes);
const text = (path: string) => {
  assert.ok(zip[path], `${path} is in the EPUB`);
  return strFromU8(zip[path]);
};
/** Parses an XML file of the book; a file that is not well-formed XML throws, naming it. */
const xml = (path: string, type = 'application/xhtml+xml') => {
  try {
    return new JSDOM(text(path), { contentType: type }).window.document;
  } catch (error) {
    throw new Error(`${path} is not well-formed XML: ${(error as Error).message}`);
  }
};
const packagePath = xml('META-INF/container.xml', 'application/xml').querySelector('rootfile')?.getAttribute('full-path') ?? '';
const opf = xml(packagePath, 'application/xml');
const folder = posix.dirname(packagePath);
const manifest = [...opf.querySelectorAll('manifest > item')].map((item) => ({ href: posix.join(folder, item.getAttribute('href') ?? ''), type: item.getAttribute('media-type'), properties: item.getAttribute('properties') ?? '' }));
const spine = [...opf.querySelectorAll('spine > itemref')].map((ref) => posix.join(folder, opf.querySelector(`manifest > item[id="${ref.getAttribute('idref')}"]`)?.getAttribute('href') ?? ''));
const documents = new Map(manifest.filter((item) => item.type === 'application/xhtml+xml').map((item) => [item.href, xml(item.href)]));
const typeOf = (element: Element) => (element.getAttribute('epub:type') ?? '').split(/\s+/);

const slugs = new Map([['I', 'i'], ['II', 'ii'], ['III', 'iii'], ['IV', 'iv'], ['V', 'v'], ['Afterword', 'afterword']]);
const chapter = (slug: string) => {
  const doc = documents.get(posix.join(folder, `${slug}.xhtml`));
  assert.ok(doc, `the EPUB has a chapter ${slug}.xhtml`);
  return doc;
};
const paragraphsOf = (doc: Document) => [...doc.querySelectorAll('p')].filter((p) => /^p\d+$/.test(p.id));
/** A paragraph's words as the source has them: note references out, emendations back to the source reading. */
const authorText = (p: Element) => {
  const copy = p.cloneNode(true) as Element;
  for (const ref of copy.querySelectorAll('a')) if (typeOf(ref).includes('noteref')) ref.remove();
  for (const ins of copy.querySelectorAll('ins')) ins.textContent = ins.getAttribute('data-source-reading');
  return normalise(copy.textContent ?? '');
};

describe('the EPUB', () => {
  test('passes EPUBCheck with no error and no warning', () => {
    const jar = epubcheckJar();
    const dir = mkdtempSync(join(tmpdir(), 'epubcheck-'));
    try {
      const out = join(dir, 'report.json');
      try {
        execFileSync('java', ['-jar', jar, file, '--json', out], { stdio: 'pipe' });
      } catch {
        // EPUBCheck exits non-zero on errors; its report says which.
      }
      const report = JSON.parse(readFileSync(out, 'utf8')) as { messages: { ID: string; severity: string; message: string; locations: { path: string; line: number }[] }[] };
      const problems = report.messages.filter((m) => ['FATAL', 'ERROR', 'WARNING'].includes(m.severity)).map((m) => `${m.severity} ${m.ID} ${m.locations.map((l) => `${l.path}:${l.line}`).join(', ')}: ${m.message}`);
      assert.deepEqual(problems, []);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  test('opens with the mimetype, stored uncompressed, as OCF requires', () => {
    assert.equal(bytes.readUInt32LE(0), 0x04034b50, 'a ZIP local file header');
    assert.equal(bytes.readUInt16LE(8), 0, 'stored, not deflated');
    assert.equal(bytes.readUInt16LE(28), 0, 'no extra field');
    assert.equal(bytes.subarray(30, 38).toString(), 'mimetype');
    assert.equal(bytes.subarray(38, 58).toString(), 'application/epub+zip');
  });

  test(`weighs at most ${BUDGETS.epubBytes / 1024} KB`, () => {
    assert.ok(bytes.length <= BUDGETS.epubBytes, `${Math.round(bytes.length / 1024)} KB`);
  });

  test('describes the essay: title, a stable identifier, its date apart from the edition’s, its source, no author', () => {
    const dc = (name: string) => [...opf.getElementsByTagName(`dc:${name}`)].map((element) => element.textContent);
    const meta = (property: string) => [...opf.querySelectorAll(`meta[property="${property}"]`)].map((element) => element.textContent);
    assert.deepEqual(dc('title'), [edition.title]);
    assert.deepEqual(dc('identifier'), [bookIdentifier(edition.title)]);
    assert.match(dc('identifier')[0] ?? '', /^urn:uuid:[0-9a-f]{8}-[0-9a-f]{4}-5[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    assert.deepEqual(dc('language'), ['en']);
    assert.deepEqual(dc('date'), ['2017-01-28']);
    assert.match(meta('dcterms:modified')[0] ?? '', /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ$/);
    assert.notEqual(meta('dcterms:modified')[0]?.slice(0, 10), '2017-01-28');
    assert.deepEqual(dc('creator'), [], 'the source names no author');
    assert.match(dc('source')[0] ?? '', /conversion of a PDF/);
  });

  test('carries EPUB Accessibility 1.1 metadata', () => {
    const meta = (property: string) => [...opf.querySelectorAll(`meta[property="${property}"]`)].map((element) => element.textContent);
    assert.deepEqual(meta('schema:accessMode'), ['textual']);
    assert.deepEqual(meta('schema:accessModeSufficient'), ['textual']);
    assert.ok(meta('schema:accessibilityFeature').includes('tableOfContents'));
    assert.deepEqual(meta('schema:accessibilityHazard'), ['none']);
    assert.ok((meta('schema:accessibilitySummary')[0] ?? '').length > 40);
    assert.deepEqual(meta('dcterms:conformsTo'), ['EPUB Accessibility 1.1 - WCAG 2.2 Level AA']);
  });

  test('reads in order: cover, title page, contents, the six sections, glossary, timeline, About', () => {
    const names = spine.map((path) => posix.basename(path));
    assert.deepEqual(names, ['cover.xhtml', 'title.xhtml', 'nav.xhtml', 'i.xhtml', 'ii.xhtml', 'iii.xhtml', 'iv.xhtml', 'v.xhtml', 'afterword.xhtml', 'glossary.xhtml', 'timeline.xhtml', 'about.xhtml']);
    const cover = manifest.find((item) => item.properties.split(' ').includes('cover-image'));
    assert.ok(cover && cover.type === 'image/svg+xml', 'a cover image drawn at build time');
    assert.match(text(cover.href), new RegExp(edition.title));
    const nav = documents.get(posix.join(folder, 'nav.xhtml'));
    const toc = [...(nav?.querySelectorAll('nav') ?? [])].find((element) => typeOf(element).includes('toc'));
    assert.deepEqual([...(toc?.querySelectorAll('a') ?? [])].map((a) => a.textContent), ['Title page', 'Part I', 'Part II', 'Part III', 'Part IV', 'Part V', 'Afterword', 'Glossary', 'Timeline', 'About this edition']);
    assert.ok([...(nav?.querySelectorAll('nav') ?? [])].some((element) => typeOf(element).includes('landmarks')));
  });

  test('has a title page with the edition’s facts and no invented author', () => {
    const title = documents.get(posix.join(folder, 'title.xhtml'));
    const words = normalise(title?.body.textContent ?? '');
    for (const fact of [edition.title, edition.dateText, edition.editionName, ...(edition.editionPublisher ? [edition.editionPublisher] : []), ...edition.editors]) assert.ok(words.includes(fact), fact);
    assert.doesNotMatch(words, /The editors of this edition/, 'no placeholder publisher');
    assert.match(words, /The source does not name its author/);
  });

  test('every paragraph is the source’s, word for word, under the site’s ids', () => {
    const essay = restoreSource(readFileSync('content/source/essay.txt', 'utf8'));
    const expected = bodyParagraphs(essay).map((p) => ({ section: p.section, text: normalise(p.text.replace(/\*/g, '')) }));
    const found = essay.sections.flatMap((section) => paragraphsOf(chapter(slugs.get(section.heading) ?? '')).map((p) => ({ section: section.heading, text: authorText(p) })));
    assert.equal(found.length, 47);
    assert.deepEqual(found, expected);
    for (const slug of slugs.values()) {
      const site = selectAll('p.ed-para', page(`/${slug}/`)).map((p) => String(p.properties.id));
      assert.deepEqual(paragraphsOf(chapter(slug)).map((p) => p.id), site, `${slug}.xhtml has the site's paragraph ids`);
    }
  });

  test('paragraphs hold nothing but the words, their formatting, note references and glossary links', () => {
    const allowed = new Set(['em', 'i', 'strong', 'cite', 'q', 'ins']);
    const stray: string[] = [];
    for (const slug of slugs.values()) {
      for (const p of paragraphsOf(chapter(slug))) {
        for (const element of p.querySelectorAll('*')) {
          const name = element.localName;
          // A note reference holds its mark and the no-break space that sets it off from the word.
          const gap = name === 'span' && element.getAttribute('class') === 'noteref__gap' && element.parentElement !== null && typeOf(element.parentElement).includes('noteref');
          const ok = name === 'a' ? typeOf(element).includes('noteref') || typeOf(element).includes('glossref') : gap || allowed.has(name);
          if (!ok) stray.push(`${slug}.xhtml#${p.id}: <${name} class="${element.getAttribute('class') ?? ''}">${element.textContent}`);
        }
      }
    }
    assert.deepEqual(stray, []);
  });

  test('notes are EPUB footnotes: the author’s seven numbered, the editors’ lettered and labelled “Editor”', () => {
    const marks: string[] = [];
    for (const slug of slugs.values()) {
      const doc = chapter(slug);
      for (const ref of [...doc.querySelectorAll('a')].filter((a) => typeOf(a).includes('noteref'))) {
        const target = doc.getElementById((ref.getAttribute('href') ?? '').slice(1));
        assert.ok(target, `${slug}.xhtml: ${ref.getAttribute('href')} exists`);
        assert.equal(target.localName, 'aside');
        assert.ok(typeOf(target).includes('footnote'));
        assert.equal(target.getAttribute('role'), 'doc-footnote');
        const mark = normalise(ref.textContent ?? '').replace(/[[\]]/g, '');
        marks.push(mark);
        const body = normalise(target.textContent ?? '');
        if (/^[a-z]$/.test(mark)) assert.match(body, /^[a-z] Editor: \S/, `editor’s note ${mark} is labelled`);
        else assert.doesNotMatch(body, /Editor:/, `note ${mark} is the author’s`);
      }
    }
    assert.deepEqual(marks.filter((mark) => /^\d+$/.test(mark)).sort(), ['1', '2', '3', '4', '5', '6', '7']);
    assert.ok(marks.some((mark) => /^[a-z]$/.test(mark)), 'the editors’ notes are there too');
    assert.match(normalise(chapter('v').getElementById('note-4-text')?.textContent ?? ''), /^4 Serge, Memoirs, 119\.$/);
  });

  test('every conjecture’s footnote gives the editors’ grade and the alternatives they considered, marked as theirs', () => {
    const conjectures = notes.all.filter((note) => note.restored || note.emend);
    assert.ok(conjectures.length > 0);
    for (const note of conjectures) {
      const footnote = chapter(note.section).getElementById(`${note.anchor}-text`);
      const body = normalise(footnote?.textContent ?? '');
      assert.match(body, new RegExp(`\\[Editors: ${note.restored ? 'marker restored' : 'emendation'}; certainty: ${note.certainty}\\.\\]`), `${note.section} note ${note.mark}`);
      for (const alternative of note.alternatives ?? []) assert.ok(body.includes(normalise(alternative)), `${note.section} note ${note.mark}: an alternative is missing`);
      assert.ok([...(footnote?.querySelectorAll('span.editorial') ?? [])].some((span) => (span.textContent ?? '').includes(normalise(note.alternatives?.[0] ?? '').slice(0, 30))), 'the alternatives are marked as the editors’ words');
    }
  });

  test('the timeline nests a period inside the period it lies in, a heading level down', () => {
    const doc = documents.get(posix.join(folder, 'timeline.xhtml')) as Document;
    const civil = doc.getElementById('the-civil-war');
    assert.equal(civil?.localName, 'h3');
    assert.equal(civil?.parentElement?.parentElement?.querySelector(':scope > h2')?.id, 'revolution-and-civil-war');
    assert.equal(doc.getElementById('second-world-war')?.textContent, 'The Second World War, 1939–1945');
    assert.ok(doc.getElementById('barbarossa')?.closest('section')?.querySelector(':scope > h3#great-patriotic-war'));
  });

  test('no note mark is joined to the word before it in the book’s text ("anarchistsa", "La luttel")', () => {
    const glued: string[] = [];
    let references = 0;
    for (const slug of slugs.values()) {
      const site = page(`/${slug}/`);
      const words = markedWords(site);
      references += words.length;
      glued.push(...gluedTokens(chapter(slug).body.textContent ?? '', words, withoutMarks(site)).map((token) => `${slug}.xhtml ${token}`));
    }
    assert.equal(references, notes.all.length, 'the check reads every note reference of the essay');
    assert.deepEqual(glued, []);
  });

  test('Part III keeps its figure between ¶ 7 and ¶ 8: the poster’s caption and Reed’s quotation', () => {
    const doc = chapter('iii');
    const figure = doc.getElementById('figure-1');
    assert.equal(figure?.localName, 'figure');
    assert.equal(figure.previousElementSibling?.id, 'p7');
    assert.equal(figure.nextElementSibling?.id, 'p8');
    assert.ok(figure.querySelector('blockquote'));
    assert.match(normalise(figure.querySelector(':scope > figcaption')?.textContent ?? ''), /John Reed, Ten Days That Shook The World/);
    assert.match(figure.textContent ?? '', /Long Live the Revolution!/);
  });

  test('glossed terms link to a glossary of every entry, in the editors’ words and labelled so', () => {
    const glossary = documents.get(posix.join(folder, 'glossary.xhtml'));
    assert.ok(glossary);
    const section = [...glossary.querySelectorAll('section')].find((element) => typeOf(element).includes('glossary'));
    assert.ok(section, 'epub:type="glossary"');
    const terms = [...section.querySelectorAll('dl > dt')];
    const entries = readdirSync('content/glossary').filter((name) => name.endsWith('.yaml')).map((name) => name.slice(0, -'.yaml'.length));
    assert.deepEqual(terms.map((dt) => dt.id).sort(), entries.sort());
    for (const dt of terms) assert.match(normalise(dt.nextElementSibling?.textContent ?? ''), /^Editors: \S/, `${dt.id} is labelled as the editors’`);
    const linked = documents.get(posix.join(folder, 'v.xhtml'))?.querySelector('a[href="glossary.xhtml#kronstadt-rebellion"]');
    assert.ok(linked && typeOf(linked).includes('glossref'), 'Part V links “Kronstadt” to its entry');
  });

  test('every link inside the book resolves, fragment included', () => {
    const broken: string[] = [];
    const files = new Set(Object.keys(zip));
    for (const item of manifest) if (!files.has(item.href)) broken.push(`manifest: ${item.href}`);
    for (const [path, doc] of documents) {
      for (const element of doc.querySelectorAll('[href], [src]')) {
        const link = element.getAttribute('href') ?? element.getAttribute('src') ?? '';
        if (/^(https?|mailto):/.test(link)) continue;
        const [target, fragment] = link.split('#');
        const resolved = target === '' ? path : posix.join(posix.dirname(path), target);
        if (!files.has(resolved)) broken.push(`${path}: ${link}`);
        else if (fragment && !documents.get(resolved)?.getElementById(fragment)) broken.push(`${path}: ${link} (no #${fragment})`);
      }
    }
    assert.deepEqual(broken, []);
  });

  test('the title page and About link it; the edition saved for offline reading leaves it out (it is a download of its own)', () => {
    const href = `/${epubFileName(edition.title)}`;
    for (const path of ['/', '/about/']) assert.ok(selectAll(`a[href="${href}"]`, page(path)).length > 0, `${path} links ${href}`);
    const saved = JSON.parse(readFileSync(join(DIST, 'offline.json'), 'utf8')) as { files: [string][] };
    assert.ok(saved.files.some(([url]) => url === '/v/'), 'offline.json lists the pages');
    assert.ok(!saved.files.some(([url]) => url === href), 'offline.json does not list the EPUB');
  });
});

/** Debian's EPUBCheck jar (`EPUBCHECK_JAR` overrides); its shell wrapper does not run on every system. */
function epubcheckJar(): string {
  const candidates = [process.env.EPUBCHECK_JAR, '/usr/share/java/epubcheck.jar'];
  try {
    candidates.push(...execFileSync('dpkg', ['-L', 'epubcheck'], { encoding: 'utf8' }).split('\n').filter((line) => /epubcheck[^/]*\.jar$/.test(line)));
  } catch {
    // Not Debian, or the package is not installed: the candidates above are all there is.
  }
  const jar = candidates.find((candidate) => candidate && existsSync(candidate));
  if (!jar) throw new Error('EPUBCheck is not installed.\n  → Run `node scripts/setup.mjs --validators` (Debian, as root), or install EPUBCheck and Java and set EPUBCHECK_JAR to its jar.');
  return jar;
}
