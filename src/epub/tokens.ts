/** The site's type and colours the book shares (src/styles/tokens.css), light theme. */
export interface BookTokens {
  /** The serif text face stack, `--font-text`. */
  fontText: string;
  paper: string;
  ink: string;
  muted: string;
  accent: string;
  editorial: string;
}

/** Reads the shared tokens from the site's token stylesheet; `file` names it in errors. */
export function readTokens(css: string, file: string): BookTokens {
  const token = (name: string) => {
    const value = new RegExp(`--${name}:\\s*([^;]+);`).exec(css)?.[1].trim();
    if (!value) throw new Error(`${file}: no --${name} token, which the EPUB's cover and stylesheet use.\n  → Keep --${name} in :root.`);
    // light-dark(#fbf8f1, #1b1a17): a book page is light.
    return /^light-dark\(\s*([^,]+),/.exec(value)?.[1].trim() ?? value;
  };
  return { fontText: token('font-text'), paper: token('paper'), ink: token('ink'), muted: token('muted'), accent: token('accent'), editorial: token('editorial') };
}
