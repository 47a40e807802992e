import { LineCounter, parseDocument, isNode } from 'yaml';
import type { z } from 'zod';
import { ContentError } from './content-error.ts';

/** Validated YAML content, with a way back to the line of any value for later error messages. */
export interface YamlContent<T> {
  data: T;
  lineAt: (path: PropertyKey[]) => number | undefined;
}

/**
 * Parses a YAML content file and validates it against a schema, turning both syntax errors and
 * schema errors into a {@link ContentError} that points at the offending line.
 */
export function readYaml<S extends z.ZodType>(file: string, text: string, schema: S, hint: string): YamlContent<z.output<S>> {
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { lineCounter, prettyErrors: false });
  const syntax = doc.errors[0];
  if (syntax) {
    const line = lineCounter.linePos(syntax.pos[0]).line;
    throw new ContentError(file, line, `YAML syntax error: ${syntax.message.split('\n')[0]}`, 'Fix the YAML syntax at that line.');
  }
  const result = schema.safeParse(doc.toJS());
  if (result.success) return { data: result.data, lineAt: (path) => lineOf(doc, lineCounter, path) };
  const issue = result.error.issues[0];
  return fail(file, doc, lineCounter, issue, hint);
}

/** The 1-based line where the value at a path starts in a parsed YAML document. */
export function lineOf(doc: ReturnType<typeof parseDocument>, lineCounter: LineCounter, path: PropertyKey[]): number | undefined {
  for (let depth = path.length; depth >= 0; depth--) {
    const node = doc.getIn(path.slice(0, depth) as (string | number)[], true);
    if (isNode(node) && node.range) return lineCounter.linePos(node.range[0]).line;
  }
  return undefined;
}

function fail(file: string, doc: ReturnType<typeof parseDocument>, lineCounter: LineCounter, issue: z.core.$ZodIssue, hint: string): never {
  const where = issue.path.length ? ` at \`${issue.path.join('.')}\`` : '';
  throw new ContentError(file, lineOf(doc, lineCounter, issue.path), `${issue.message}${where}`, hint);
}
