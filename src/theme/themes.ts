/** The colour themes a reader can choose; without a choice the edition follows the OS (light or dark). */
export const THEMES = ['light', 'dark', 'sepia'] as const;

/** A chosen theme. */
export type Theme = (typeof THEMES)[number];

/** Where the reader's choice is remembered (localStorage), across visits. */
export const THEME_STORAGE_KEY = 'edition-theme';

/** Each theme's paper colour (--paper in tokens.css), for the browser's own UI: <meta name="theme-color">. */
export const THEME_COLORS: Record<Theme, string> = { light: '#fbf8f1', dark: '#1b1a17', sepia: '#f3e9d2' };
