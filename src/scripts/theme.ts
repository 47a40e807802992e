import { applyThemeColor } from '../theme/theme-color';
import { THEME_STORAGE_KEY, THEMES, type Theme } from '../theme/themes';

/**
 * The theme control in the header: Auto (follow the OS), Light, Dark or Sepia, remembered across
 * visits. Without JavaScript the control is not shown (CSS `scripting: none`) and the edition follows the OS.
 */
export function enhanceTheme(doc: Document): void {
  const control = doc.querySelector<HTMLElement>('[data-theme-control]');
  const select = control?.querySelector<HTMLSelectElement>('select');
  if (!control || !select) return;
  const root = doc.documentElement;
  select.value = root.dataset.theme ?? 'auto';
  select.addEventListener('change', () => {
    const choice = select.value;
    if ((THEMES as readonly string[]).includes(choice)) root.dataset.theme = choice as Theme;
    else delete root.dataset.theme;
    applyThemeColor(doc, root.dataset.theme as Theme | undefined);
    try {
      if (root.dataset.theme) localStorage.setItem(THEME_STORAGE_KEY, choice);
      else localStorage.removeItem(THEME_STORAGE_KEY);
    } catch {
      // Storage refused (private modes): the choice lasts for this page only.
    }
  });
}
