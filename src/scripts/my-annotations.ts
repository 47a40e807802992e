import { ImportError, inReadingOrder, paragraphOf, parseImport, toCollection, toMarkdown, type Annotation, type CitationTemplates } from '../annotations/model';
import { allAnnotations, deleteAnnotations, saveAnnotations } from '../annotations/store';
import { passageUrl } from '../citation/passage';
import { actionButton } from './action-button';

/**
 * "My annotations" (/annotations/): every annotation this browser keeps, by section and paragraph,
 * with its quote, note, date and a link back to the words; a filter; deleting one, a section's or
 * all; export as W3C Web Annotation JSON-LD or Markdown; import of an exported file, all or nothing.
 */
export async function myAnnotations(doc: Document): Promise<void> {
  const root = doc.querySelector<HTMLElement>('[data-my-annotations]');
  const list = root?.querySelector<HTMLElement>('[data-list]');
  const status = root?.querySelector<HTMLElement>('[data-status]');
  const tools = root?.querySelector<HTMLElement>('[data-tools]');
  const filter = root?.querySelector<HTMLInputElement>('[data-filter]');
  const style = root?.querySelector<HTMLSelectElement>('[data-style]');
  if (!root || !list || !status || !tools || !filter || !style) return;
  const templates = JSON.parse(root.querySelector('[data-templates]')?.textContent ?? '{}') as Record<string, CitationTemplates>;
  const order = (root.dataset.order ?? '').split(' ');
  const origin = new URL(doc.querySelector<HTMLLinkElement>('link[rel="canonical"]')?.href ?? location.href).origin;
  const announce = (message: string) => (status.textContent = message);
  tools.hidden = false;

  let annotations: Annotation[] = [];
  /** Where an annotation's words are on this site: the paragraph with a text fragment (src/citation/passage.ts). */
  const linkOf = (annotation: Annotation) => {
    const at = paragraphOf(annotation.target.source);
    return at ? passageUrl(annotation.target.source, at.paragraph, annotation.target.selector[0].exact) : annotation.target.source;
  };
  const nameOf = (path: string) => templates[style.value]?.sections[path]?.name ?? path;

  const render = () => {
    const words = filter.value.trim().toLowerCase();
    const shown = annotations.filter((a) => !words || `${a.target.selector[0].exact} ${a.body?.value ?? ''}`.toLowerCase().includes(words));
    list.replaceChildren();
    if (!annotations.length) {
      const empty = doc.createElement('p');
      empty.textContent = 'You have no annotations in this browser yet.';
      list.append(empty);
      return;
    }
    if (!shown.length) {
      const none = doc.createElement('p');
      none.textContent = `None of your annotations has the words “${filter.value.trim()}”.`;
      list.append(none);
    }
    const bySection = new Map<string, Annotation[]>();
    for (const a of shown) {
      const path = paragraphOf(a.target.source)?.path ?? '';
      bySection.set(path, [...(bySection.get(path) ?? []), a]);
    }
    for (const [path, items] of bySection) {
      const section = doc.createElement('section');
      const heading = doc.createElement('h2');
      heading.textContent = nameOf(path);
      const label = `Delete my annotations on ${nameOf(path)}`;
      const remove = actionButton(doc, label, label, async () => {
        const ids = annotations.filter((a) => paragraphOf(a.target.source)?.path === path).map((a) => a.id);
        await deleteAnnotations(ids);
        await load(`Deleted ${count(ids.length)} on ${nameOf(path)}.`);
      });
      const ol = doc.createElement('ol');
      ol.className = 'ed-my-annotations__list';
      for (const annotation of items) ol.append(item(annotation));
      section.append(heading, remove, ol);
      list.append(section);
    }
  };

  const item = (annotation: Annotation) => {
    const at = paragraphOf(annotation.target.source);
    const li = doc.createElement('li');
    li.className = 'ed-my-annotations__item';
    const quote = doc.createElement('blockquote');
    quote.className = 'ed-my-annotations__quote';
    quote.textContent = annotation.target.selector[0].exact;
    li.append(quote);
    if (annotation.body?.value) {
      const note = doc.createElement('p');
      note.className = 'ed-my-annotations__note';
      note.textContent = annotation.body.value;
      li.append(note);
    }
    const meta = doc.createElement('p');
    meta.className = 'ed-my-annotations__meta';
    const link = doc.createElement('a');
    const url = new URL(linkOf(annotation));
    link.href = `${url.pathname}${url.hash}`;
    link.textContent = `Paragraph ${at?.paragraph}`;
    const date = doc.createElement('time');
    date.dateTime = annotation.modified;
    date.textContent = new Date(annotation.modified).toLocaleDateString('en', { dateStyle: 'long' });
    meta.append(link, ' · ', annotation.body ? 'note' : 'highlight', ', ', date, ' ');
    meta.append(
      actionButton(doc, 'Delete', `Delete your ${annotation.body ? 'note' : 'highlight'} on “${annotation.target.selector[0].exact}”`, async () => {
        await deleteAnnotations([annotation.id]);
        await load('Deleted one annotation.');
      }),
    );
    li.append(meta);
    return li;
  };

  const count = (n: number) => `${n} annotation${n === 1 ? '' : 's'}`;

  const load = async (message?: string) => {
    annotations = inReadingOrder(await allAnnotations(), order);
    render();
    if (message) announce(message);
  };

  const download = (text: string, name: string, type: string) => {
    const link = doc.createElement('a');
    link.href = URL.createObjectURL(new Blob([text], { type }));
    link.download = name;
    doc.body.append(link);
    link.click();
    link.remove();
    setTimeout(() => URL.revokeObjectURL(link.href), 1000);
  };
  const title = 'My annotations on “This Changed Everything—Twice”';
  root.querySelector('[data-export-json]')?.addEventListener('click', () => {
    download(`${JSON.stringify(toCollection(annotations, title), null, 2)}\n`, 'annotations.jsonld', 'application/ld+json');
    announce(`Exported ${count(annotations.length)} as JSON-LD.`);
  });
  root.querySelector('[data-export-markdown]')?.addEventListener('click', () => {
    download(toMarkdown(annotations, templates[style.value], linkOf, title), 'annotations.md', 'text/markdown');
    announce(`Exported ${count(annotations.length)} as Markdown.`);
  });
  root.querySelector('[data-delete-all]')?.addEventListener('click', async () => {
    if (!annotations.length) return announce('You have no annotations to delete.');
    await deleteAnnotations(annotations.map((a) => a.id));
    await load(`Deleted all ${count(annotations.length)}.`);
  });
  const file = root.querySelector<HTMLInputElement>('[data-import]');
  file?.addEventListener('change', async () => {
    const chosen = file.files?.[0];
    if (!chosen) return;
    try {
      const imported = parseImport(await chosen.text(), origin);
      await saveAnnotations(imported);
      await load(`Imported ${count(imported.length)} from ${chosen.name}.`);
    } catch (error) {
      announce(error instanceof ImportError ? `${chosen.name} was not imported, and nothing changed: ${error.message}` : `${chosen.name} could not be imported, and nothing changed.`);
    }
    file.value = '';
  });
  filter.addEventListener('input', render);
  await load();
}
