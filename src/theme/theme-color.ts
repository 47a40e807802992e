import { THEME_COLORS, type Theme } from './themes.ts';

/** Sets the theme-color metas to the chosen theme's paper, or back to each one's own (light, dark) for Auto. */
export function applyThemeColor(doc: Document, theme: Theme | undefined): void {
  for (const meta of doc.querySelectorAll<HTMLMetaElement>('meta[name="theme-color"]')) {
    const own = meta.dataset.themeColor as Theme | undefined;
    const color = theme ? THEME_COLORS[theme] : own && THEME_COLORS[own];
    if (color) meta.content = color;
  }
}
