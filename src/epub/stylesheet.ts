import type { BookTokens } from './tokens.ts';

/**
 * The book's own small stylesheet: the site's serif type and accents, book paragraphs (indented,
 * no gaps), notes set apart and the editors' words in their colour. Reading systems may override it.
 */
export function stylesheet(tokens: BookTokens): string {
  return `@charset "UTF-8";
body { font-family: ${tokens.fontText}; line-height: 1.5; margin: 0 4%; }
h1, h2 { font-weight: normal; line-height: 1.2; }
h1 { font-size: 2em; text-align: center; margin: 1.5em 0 1.25em; }
h2 { font-size: 1.3em; margin: 2em 0 0.75em; }
p { margin: 0 0 0.75em; }
.chapter > p { margin: 0; }
.chapter > p + p { text-indent: 1.5em; }
.chapter__part { display: block; font-size: 0.45em; letter-spacing: 0.15em; text-transform: uppercase; color: ${tokens.muted}; }
a { color: inherit; }
a.term { text-decoration: underline dotted ${tokens.muted}; }
a.noteref { font-size: 0.7em; line-height: 0; vertical-align: super; text-decoration: none; color: ${tokens.accent}; padding: 0 0.1em; }
a.noteref--editor { color: ${tokens.editorial}; font-style: italic; }
.noteref__gap { font-size: 0; }
ins.emendation { text-decoration: underline dotted ${tokens.editorial}; }
.editorial, .editorial-label { font-style: italic; color: ${tokens.editorial}; }
.editorial-label { margin: 0 0 1.5em; }
.notes { margin-top: 3em; padding-top: 0.5em; border-top: 1px solid ${tokens.muted}; font-size: 0.9em; }
.notes h2 { font-size: 1.1em; margin-top: 0.5em; }
aside.note p { margin: 0 0 0.75em; }
aside.note--editor { color: ${tokens.editorial}; }
.note__mark { font-weight: bold; text-decoration: none; }
.note__label { font-variant: small-caps; letter-spacing: 0.05em; color: ${tokens.editorial}; }
figure { margin: 0; }
figure.box { margin: 2em 0; padding: 1em; border: 1px solid ${tokens.muted}; }
figure.poster { margin: 0 0 1em; padding: 0.75em; border: 1px dashed ${tokens.muted}; text-align: center; }
.poster__missing { margin-bottom: 0.5em; }
.poster__title { font-size: 1.2em; font-weight: bold; }
.poster__caption { font-style: italic; }
blockquote { margin: 0; }
blockquote p + p { margin-top: 0.75em; }
.box__attribution { margin-top: 0.75em; text-align: right; }
.box__attribution::before { content: "— "; }
.titlepage { text-align: center; }
.titlepage__title { font-size: 2.4em; margin-top: 2em; }
.titlepage__date { font-style: italic; font-size: 1.2em; }
.titlepage__author { margin: 1em 0 3em; color: ${tokens.muted}; }
.titlepage__edition { font-variant: small-caps; letter-spacing: 0.1em; font-size: 1.2em; color: ${tokens.accent}; }
.titlepage__description { margin: 1.5em auto; max-width: 30em; }
.titlepage__facts { font-size: 0.9em; margin-top: 3em; }
.titlepage__facts dt { font-variant: small-caps; letter-spacing: 0.05em; color: ${tokens.muted}; margin-top: 0.75em; }
.titlepage__facts dd { margin: 0; }
.glossary dt { font-weight: bold; margin-top: 1em; }
.glossary dfn { font-style: normal; }
.glossary__dates { font-weight: normal; color: ${tokens.muted}; }
.glossary dd { margin: 0 0 0 1.5em; }
.timeline ul { padding-left: 0; list-style: none; }
.timeline li { margin-bottom: 1em; }
.timeline__links { font-size: 0.9em; color: ${tokens.muted}; }
table { border-collapse: collapse; margin: 1em 0; }
th, td { border-bottom: 1px solid ${tokens.muted}; padding: 0.25em 0.5em; text-align: left; vertical-align: top; }
.cover { text-align: center; margin: 0; padding: 0; }
.cover img { max-width: 100%; max-height: 95vh; }
`;
}
