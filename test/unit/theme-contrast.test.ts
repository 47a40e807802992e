import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, test } from 'node:test';

// The themes' colour tokens, read from the stylesheet readers get, held to WCAG 2.2's contrast minimums
// (1.4.3 for text, 1.4.11 for the focus ring). The browser suite checks rendered pages with axe in one
// theme on every page and in the others on every kind of page; this covers every pair in every theme.
const tokens = readFileSync('src/styles/tokens.css', 'utf8');

type Theme = Record<string, string>;

/** Each theme's colours: light and dark from the light-dark() pairs in :root, sepia from its own block. */
function themes(): Record<'light' | 'dark' | 'sepia', Theme> {
  const light: Theme = {};
  const dark: Theme = {};
  for (const [, name, l, d] of tokens.matchAll(/(--[a-z-]+): light-dark\((#[0-9a-f]{6}), (#[0-9a-f]{6})\);/g)) {
    light[name] = l;
    dark[name] = d;
  }
  const sepiaBlock = tokens.match(/\[data-theme='sepia'\] \{([^}]*)\}/)?.[1] ?? '';
  const sepia: Theme = { ...light };
  for (const [, name, value] of sepiaBlock.matchAll(/(--[a-z-]+): (#[0-9a-f]{6});/g)) sepia[name] = value;
  return { light, dark, sepia };
}

/** Relative luminance, as WCAG 2.2 defines it. */
function luminance(hex: string): number {
  const [r, g, b] = [1, 3, 5].map((i) => {
    const c = parseInt(hex.slice(i, i + 2), 16) / 255;
    return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

export function contrast(a: string, b: string): number {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (hi + 0.05) / (lo + 0.05);
}

/** Text colours and the backgrounds they stand on: the page, a note's or a box's panel, a flashed note. */
const TEXT = ['--ink', '--muted', '--accent', '--editorial'];
const GROUNDS = ['--paper', '--note-bg', '--flash'];

describe('every theme’s colours meet WCAG AA contrast', () => {
  test('the colour maths agrees with WCAG’s own examples', () => {
    assert.equal(contrast('#000000', '#ffffff').toFixed(1), '21.0');
    assert.equal(contrast('#767676', '#ffffff').toFixed(2), '4.54');
  });

  for (const [name, theme] of Object.entries(themes())) {
    test(`${name}: text 4.5:1 on every background, the focus ring 3:1 on the page`, () => {
      for (const token of [...TEXT, ...GROUNDS, '--focus']) assert.match(theme[token] ?? '', /^#[0-9a-f]{6}$/, `${name} defines ${token}`);
      const low: string[] = [];
      for (const text of TEXT) {
        for (const ground of GROUNDS) {
          const ratio = contrast(theme[text], theme[ground]);
          if (ratio < 4.5) low.push(`${text} ${theme[text]} on ${ground} ${theme[ground]}: ${ratio.toFixed(2)}:1`);
        }
      }
      const focus = contrast(theme['--focus'], theme['--paper']);
      if (focus < 3) low.push(`--focus on --paper: ${focus.toFixed(2)}:1`);
      assert.deepEqual(low, [], `${name} theme pairs below WCAG AA`);
    });
  }
});
