import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { relative } from 'node:path';
import type { AstroIntegrationLogger } from 'astro';
import { htmlFiles } from '../built/site.ts';

const CSP_META = /<meta http-equiv="content-security-policy" content="([^"]*)">/;
const INLINE_SCRIPT = /<script(?![^>]*\bsrc=)([^>]*)>([\s\S]*?)<\/script>/g;
const INLINE_STYLE = /<style[^>]*>([\s\S]*?)<\/style>/g;
/** Script types a browser runs (and CSP governs); JSON-LD and other data blocks are neither. */
const EXECUTABLE = /^(|module|text\/javascript|application\/javascript)$/;

const sha256 = (text: string) => `'sha256-${createHash('sha256').update(text).digest('base64')}'`;

/**
 * A directive's sources with its hashes narrowed to `needed`: every other source ('self', …) kept.
 * A needed hash the build did not allow would be blocked in the browser: that fails the build.
 */
function narrow(directive: string, needed: string[], file: string): string {
  const [name, ...sources] = directive.trim().split(/\s+/);
  const allowed = new Set(sources.filter((source) => source.startsWith("'sha")));
  const missing = needed.filter((hash) => !allowed.has(hash));
  if (missing.length > 0) throw new Error(`${file}: inline ${name === 'style-src' ? 'style' : 'script'} ${missing.join(' ')} is not in the Content-Security-Policy Astro wrote; give it to security.csp in astro.config.mjs.`);
  return [name, ...sources.filter((source) => !source.startsWith("'sha")), ...new Set(needed)].join(' ');
}

/**
 * Astro's Content-Security-Policy `<meta>` lists the hash of every inline script and style of the
 * whole site on every page (nine script hashes, about 0.4 kB gzip that no page needs). This keeps, on
 * each page, the hashes of the inline scripts and styles that page has: the same protection, tighter,
 * and lighter. It also moves the `<meta>` to the top of `<head>`: Astro writes it after the inline
 * scripts of the head, which a policy set by `<meta>` does not govern.
 */
export function narrowCsp(site: string, logger: AstroIntegrationLogger): void {
  let narrowed = 0;
  for (const path of htmlFiles(site)) {
    const html = readFileSync(path, 'utf8');
    const meta = CSP_META.exec(html);
    if (!meta) continue;
    const file = relative(site, path);
    const scripts = [...html.matchAll(INLINE_SCRIPT)].filter(([, attributes]) => EXECUTABLE.test(/\btype="([^"]*)"/.exec(attributes)?.[1] ?? '')).map(([, , body]) => sha256(body));
    const styles = [...html.matchAll(INLINE_STYLE)].map(([, body]) => sha256(body));
    const policy = meta[1]
      .split(';')
      .filter((directive) => directive.trim() !== '')
      .map((directive) => {
        const name = directive.trim().split(/\s+/)[0];
        if (name === 'script-src') return narrow(directive, scripts, file);
        if (name === 'style-src') return narrow(directive, styles, file);
        return directive.trim();
      })
      .join('; ');
    // A policy in a <meta> governs only what comes after it: it goes first in <head>, after the charset.
    const rest = html.replace(meta[0], '');
    const charset = /<meta charset="[^"]*">/i.exec(rest) ?? /<head[^>]*>/i.exec(rest);
    if (!charset) throw new Error(`${file}: no <head> to put the Content-Security-Policy in`);
    const at = charset.index + charset[0].length;
    writeFileSync(path, `${rest.slice(0, at)}<meta http-equiv="content-security-policy" content="${policy}">${rest.slice(at)}`);
    narrowed++;
  }
  logger.info(`Content-Security-Policy narrowed to each page's own inline scripts on ${narrowed} pages`);
}
