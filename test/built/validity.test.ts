import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { describe, test } from 'node:test';
import { FileSystemConfigLoader, HtmlValidate } from 'html-validate';
import { builtFiles, builtUrl } from '../../src/built/site.ts';
import { DIST } from '../helpers/built-site.ts';

/** Every built HTML page (Pagefind's own UI files excluded: not ours, not served as pages). */
function pages(): string[] {
  return builtFiles(DIST, /\.html$/, ['pagefind']);
}

const all = pages();
const ids = new Map<string, Set<string>>();
const idsOf = (file: string) => {
  if (!ids.has(file)) ids.set(file, new Set([...readFileSync(file, 'utf8').matchAll(/\sid="([^"]+)"/g)].map((m) => m[1])));
  return ids.get(file) as Set<string>;
};

describe('every built page', () => {
  test('is valid HTML (html-validate, recommended rules; .htmlvalidate.json)', async () => {
    assert.ok(all.length > 80, `${all.length} pages`);
    const validator = new HtmlValidate(new FileSystemConfigLoader());
    const errors: string[] = [];
    for (const file of all) {
      const report = await validator.validateFile(file);
      for (const result of report.results) for (const m of result.messages) errors.push(`${file}:${m.line}:${m.column} ${m.ruleId}: ${m.message}`);
    }
    assert.deepEqual(errors, []);
  });

  test('has no broken internal link or anchor', () => {
    const broken: string[] = [];
    for (const file of all) {
      const html = readFileSync(file, 'utf8');
      const here = builtUrl(DIST, file);
      for (const [, attr, value] of html.matchAll(/\s(href|src)="([^"]*)"/g)) {
        if (/^(https?:|mailto:|data:)/.test(value)) continue;
        const [path, anchor] = value.split('#');
        const resolved = path === '' ? here : new URL(path, `http://x${here}`).pathname;
        const target = resolved.endsWith('/') ? `${DIST}${resolved}index.html` : `${DIST}${resolved}`;
        if (!existsSync(target)) {
          broken.push(`${file}: ${attr}="${value}" (no ${target})`);
          continue;
        }
        if (anchor && target.endsWith('.html') && !idsOf(target).has(decodeURIComponent(anchor))) broken.push(`${file}: ${attr}="${value}" (no #${anchor})`);
      }
    }
    assert.deepEqual(broken, []);
  });

  test('links to no third-party origin (no fonts, scripts or images from elsewhere)', () => {
    const external = all.flatMap((file) =>
      [...readFileSync(file, 'utf8').matchAll(/<(?:script|link|img|iframe|source)\b[^>]*\s(?:src|href)="(https?:[^"]+)"/g)]
        .map((m) => m[1])
        .filter((url) => !url.startsWith(new URL('/', process.env.SITE_URL ?? 'http://localhost:4321').href))
        .map((url) => `${file}: ${url}`),
    );
    assert.deepEqual(external, []);
  });

  test('allows, in its Content-Security-Policy, exactly the inline scripts it has: no other page’s', () => {
    const wrong = all.flatMap((file) => {
      const html = readFileSync(file, 'utf8');
      const policy = /<meta http-equiv="content-security-policy" content="([^"]*)"/.exec(html)?.[1];
      if (!policy) return [];
      const allowed = [...(/script-src ([^;]*)/.exec(policy)?.[1] ?? '').matchAll(/'(sha256-[^']+)'/g)].map((m) => m[1]).sort();
      const inline = [...html.matchAll(/<script(?![^>]*\bsrc=)([^>]*)>([\s\S]*?)<\/script>/g)]
        .filter(([, attributes]) => !/type="application\//.test(attributes))
        .map(([, , body]) => `sha256-${createHash('sha256').update(body).digest('base64')}`)
        .sort();
      return JSON.stringify(allowed) === JSON.stringify([...new Set(inline)]) ? [] : [`${file}: allows ${allowed.length}, has ${inline.length}`];
    });
    assert.ok(all.some((file) => readFileSync(file, 'utf8').includes('http-equiv="content-security-policy"')), 'pages carry a Content-Security-Policy');
    assert.deepEqual(wrong, []);
  });

  test('sets its Content-Security-Policy before any script or style: a policy in a <meta> governs only what follows it', () => {
    const late = all.flatMap((file) => {
      const html = readFileSync(file, 'utf8');
      const policy = html.indexOf('<meta http-equiv="content-security-policy"');
      if (policy < 0) return [];
      const first = Math.min(...['<script', '<style', '<link'].map((tag) => html.indexOf(tag)).filter((at) => at >= 0));
      return policy < first ? [] : [file];
    });
    assert.deepEqual(late, []);
  });
});
