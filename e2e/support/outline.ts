import type { Page } from '@playwright/test';

/** A heading or landmark as Chromium's accessibility tree exposes it to screen readers. */
export interface OutlineEntry {
  kind: 'heading' | 'landmark';
  role: string;
  name: string;
  /** A heading's level; 0 for landmarks. */
  level: number;
}

const LANDMARKS = new Set(['banner', 'navigation', 'main', 'contentinfo', 'complementary', 'region', 'search', 'form']);

/**
 * The page's headings and landmarks in reading order, read from Chromium's own accessibility tree
 * (the tree screen readers walk), not from the DOM: hidden, ignored and unnamed-section nodes drop out
 * exactly as they do for a reader.
 */
export async function outline(page: Page): Promise<OutlineEntry[]> {
  const cdp = await page.context().newCDPSession(page);
  try {
    const { nodes } = await cdp.send('Accessibility.getFullAXTree');
    const byId = new Map(nodes.map((node) => [node.nodeId, node]));
    const root = nodes.find((node) => !node.parentId);
    const entries: OutlineEntry[] = [];
    const walk = (id: string) => {
      const node = byId.get(id);
      if (!node) return;
      const role = String(node.role?.value ?? '');
      if (!node.ignored && (role === 'heading' || LANDMARKS.has(role))) {
        const level = Number(node.properties?.find((p) => p.name === 'level')?.value.value ?? 0);
        entries.push({ kind: role === 'heading' ? 'heading' : 'landmark', role, name: String(node.name?.value ?? '').trim(), level });
      }
      for (const child of node.childIds ?? []) walk(child);
    };
    if (root) walk(root.nodeId);
    return entries;
  } finally {
    await cdp.detach();
  }
}

/** What a screen reader user would stumble on in an outline: a skipped heading level, a missing or second h1, landmarks that cannot be told apart. */
export function outlineProblems(entries: OutlineEntry[]): string[] {
  const problems: string[] = [];
  const headings = entries.filter((entry) => entry.kind === 'heading');
  if (headings[0]?.level !== 1) problems.push(`the first heading is not an h1: ${JSON.stringify(headings[0])}`);
  if (headings.filter((h) => h.level === 1).length !== 1) problems.push(`${headings.filter((h) => h.level === 1).length} h1 headings`);
  headings.forEach((heading, i) => {
    if (i > 0 && heading.level > headings[i - 1].level + 1) problems.push(`h${headings[i - 1].level} “${headings[i - 1].name}” → h${heading.level} “${heading.name}” skips a level`);
    if (!heading.name) problems.push(`an empty h${heading.level}`);
  });
  const landmarks = entries.filter((entry) => entry.kind === 'landmark');
  if (landmarks.filter((l) => l.role === 'main').length !== 1) problems.push('not exactly one main landmark');
  for (const role of new Set(landmarks.map((l) => l.role))) {
    const same = landmarks.filter((l) => l.role === role);
    if (same.length < 2) continue;
    const names = same.map((l) => l.name);
    if (names.some((name) => !name) || new Set(names).size !== names.length) problems.push(`${same.length} ${role} landmarks named ${JSON.stringify(names)}`);
  }
  return problems;
}
