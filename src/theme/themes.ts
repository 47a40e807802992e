/** The colour themes a reader can choose; without a choice the edition follows the OS (light or dark). */
export const THEMES = ['light', 'dark', 'sepia'] as const;

/** A chosen theme. */
export type Theme = (typeof THEMES)[number];

/** Where the reader's choice is remembered (localStorage), across visits. */
export const THEME_STORAGE_KEY = 'edition-theme';
