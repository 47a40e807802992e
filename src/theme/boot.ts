import { THEME_COLORS, THEME_STORAGE_KEY, THEMES } from './themes.ts';

/**
 * The one inline script of the edition, run in <head> before the first paint so that a remembered
 * theme never flashes the OS theme first. The Content-Security-Policy allows exactly this text by
 * its hash (astro.config.mjs); change it and the hash follows. Storage may be refused (private
 * modes): the page then follows the OS. A chosen theme also colours the browser's UI: the
 * theme-color metas, which the layout places before this script, take its paper colour.
 */
export const THEME_BOOT = `try{var t=localStorage.getItem(${JSON.stringify(THEME_STORAGE_KEY)});if(${JSON.stringify(THEMES)}.indexOf(t)>=0){document.documentElement.dataset.theme=t;document.querySelectorAll('meta[name=theme-color]').forEach(function(m){m.content=${JSON.stringify(THEME_COLORS)}[t]})}}catch(e){}`;
