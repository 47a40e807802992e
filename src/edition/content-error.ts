/**
 * An error in the edition's content (a note, a section, the edition file) that an author can fix.
 * Its message always names the file, the line when known, what is wrong and what to do.
 */
export class ContentError extends Error {
  /** Path of the offending file, relative to the project root. */
  readonly file: string;
  /** 1-based line in that file, when known. */
  readonly line: number | undefined;
  /** What the author should do about it. */
  readonly hint: string;

  constructor(file: string, line: number | undefined, problem: string, hint: string) {
    super(`${file}${line ? `:${line}` : ''}: ${problem}\n  → ${hint}`);
    this.name = 'ContentError';
    this.file = file;
    this.line = line;
    this.hint = hint;
  }
}

/** A path relative to the project root (the working directory of every build and test). */
export function projectPath(path: string): string {
  const root = process.cwd().replace(/\/$/, '') + '/';
  return path.startsWith(root) ? path.slice(root.length) : path;
}
