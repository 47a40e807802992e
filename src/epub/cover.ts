import type { Edition } from '../schemas/edition.ts';
import type { BookTokens } from './tokens.ts';
import { serialize, x } from './xml.ts';

/** Cover size in CSS pixels: 2:3, the shape of a book. */
const WIDTH = 1200;
const HEIGHT = 1800;

/** Breaks a title into lines of about `width` characters, after spaces or dashes. */
export function titleLines(title: string, width: number): string[] {
  const words = title.split(/(?<=[\s—–-])/).map((word) => word.trimEnd());
  const lines: string[] = [];
  for (const word of words) {
    const last = lines.at(-1);
    const joined = last === undefined ? word : last.endsWith('—') || last.endsWith('–') ? last + word : `${last} ${word}`;
    if (last !== undefined && joined.length <= width) lines[lines.length - 1] = joined;
    else lines.push(word);
  }
  return lines;
}

/** The cover, drawn at build time: the title in the site's serif type, the essay's date, the edition. */
export function coverSvg(edition: Edition, tokens: BookTokens): string {
  const lines = titleLines(edition.title, 12);
  const size = 150;
  const top = 560 - ((lines.length - 1) * size * 1.1) / 2;
  const text = (attrs: Record<string, string>, content: string) => x('text', { x: String(WIDTH / 2), 'text-anchor': 'middle', 'font-family': tokens.fontText, fill: tokens.ink, ...attrs }, content);
  const svg = x(
    'svg',
    { xmlns: 'http://www.w3.org/2000/svg', version: '1.1', width: String(WIDTH), height: String(HEIGHT), viewBox: `0 0 ${WIDTH} ${HEIGHT}` },
    x('title', {}, `${edition.title}: ${edition.editionName}`),
    x('rect', { width: String(WIDTH), height: String(HEIGHT), fill: tokens.paper }),
    x('rect', { x: '60', y: '60', width: String(WIDTH - 120), height: String(HEIGHT - 120), fill: 'none', stroke: tokens.accent, 'stroke-width': '6' }),
    lines.map((line, index) => text({ y: String(top + index * size * 1.1), 'font-size': String(size) }, line)),
    x('rect', { x: String(WIDTH / 2 - 120), y: String(top + lines.length * size * 1.1 - 20), width: '240', height: '6', fill: tokens.accent }),
    text({ y: String(top + lines.length * size * 1.1 + 110), 'font-size': '70', 'font-style': 'italic' }, edition.dateText),
    text({ y: String(HEIGHT - 220), 'font-size': '64', 'letter-spacing': '4', fill: tokens.accent }, edition.editionName),
  );
  return `<?xml version="1.0" encoding="UTF-8"?>\n${serialize(svg)}\n`;
}
