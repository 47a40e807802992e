/**
 * The media query for a breakpoint the stylesheet declares once as a custom property (tokens.css,
 * e.g. `--ed-wide: 75rem` → `(min-width: 75rem)`); `not all` while no stylesheet declares it.
 */
export function minWidthQuery(doc: Document, property: string): string {
  const value = doc.defaultView?.getComputedStyle(doc.documentElement).getPropertyValue(property).trim();
  return value ? `(min-width: ${value})` : 'not all';
}
