import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { describe, test } from 'node:test';
import { JSDOM } from 'jsdom';
import { minWidthQuery } from '../../src/scripts/breakpoint.ts';
import { applyThemeColor } from '../../src/theme/theme-color.ts';
import { THEME_BOOT } from '../../src/theme/boot.ts';
import { THEME_COLORS } from '../../src/theme/themes.ts';

const styles = 'src/styles';
const tokens = readFileSync(`${styles}/tokens.css`, 'utf8');
const breakpoints = new Map([...tokens.matchAll(/(--ed-[a-z]+):\s*([\d.]+rem);/g)].map((m) => [m[2], m[1]]));

describe('breakpoints are declared once, in tokens.css', () => {
  test('tokens.css declares the wide breakpoint the scripts read', () => {
    assert.equal(breakpoints.get('75rem'), '--ed-wide');
  });

  test('every media query width in the stylesheets is a declared breakpoint (or just below one)', () => {
    for (const file of readdirSync(styles).filter((name) => name.endsWith('.css'))) {
      for (const [, kind, value] of readFileSync(`${styles}/${file}`, 'utf8').matchAll(/\((min|max)-width:\s*([\d.]+)rem\)/g)) {
        const rem = Number(value);
        const declared = breakpoints.has(`${rem}rem`) || (kind === 'max' && breakpoints.has(`${Math.round((rem + 0.01) * 100) / 100}rem`));
        assert.ok(declared, `${styles}/${file}: (${kind}-width: ${value}rem) is not a breakpoint of tokens.css; add it there as --ed-… or use one of ${[...breakpoints.keys()].join(', ')}`);
      }
    }
  });

  test('scripts build their media query from the custom property', () => {
    const { document } = new JSDOM('<html style="--ed-wide: 75rem"><body></body></html>').window;
    assert.equal(minWidthQuery(document, '--ed-wide'), '(min-width: 75rem)');
    assert.equal(minWidthQuery(document, '--ed-missing'), 'not all');
  });
});

describe('the browser UI takes the theme’s paper colour', () => {
  test('each theme’s colour is its --paper in tokens.css', () => {
    const [, light, dark] = tokens.match(/--paper: light-dark\((#[0-9a-f]{6}), (#[0-9a-f]{6})\)/) ?? [];
    const sepia = tokens.match(/\[data-theme='sepia'\] \{[^}]*--paper: (#[0-9a-f]{6})/)?.[1];
    assert.deepEqual(THEME_COLORS, { light, dark, sepia });
  });

  const page = (stored: string | null) => {
    const head = `<meta name="theme-color" content="${THEME_COLORS.light}" media="(prefers-color-scheme: light)" data-theme-color="light"><meta name="theme-color" content="${THEME_COLORS.dark}" media="(prefers-color-scheme: dark)" data-theme-color="dark">`;
    const dom = new JSDOM(`<html><head>${head}</head><body></body></html>`, { url: 'http://localhost/', runScripts: 'outside-only' });
    if (stored) dom.window.localStorage.setItem('edition-theme', stored);
    dom.window.eval(THEME_BOOT);
    return dom.window.document;
  };
  const colors = (doc: Document) => [...doc.querySelectorAll<HTMLMetaElement>('meta[name="theme-color"]')].map((meta) => meta.content);

  test('a remembered sepia colours the browser UI sepia before the first paint', () => {
    assert.deepEqual(colors(page('sepia')), [THEME_COLORS.sepia, THEME_COLORS.sepia]);
  });

  test('without a choice each OS theme keeps its own colour', () => {
    assert.deepEqual(colors(page(null)), [THEME_COLORS.light, THEME_COLORS.dark]);
  });

  test('choosing Dark, then Auto, in the control follows the choice and then the OS again', () => {
    const doc = page(null);
    applyThemeColor(doc, 'dark');
    assert.deepEqual(colors(doc), [THEME_COLORS.dark, THEME_COLORS.dark]);
    applyThemeColor(doc, undefined);
    assert.deepEqual(colors(doc), [THEME_COLORS.light, THEME_COLORS.dark]);
  });
});
