import type { Glossary } from '../edition/glossary.ts';

/** The words every definition is introduced with, on screen and to screen readers. */
export const GLOSS_LABEL = 'Editors’ gloss';

/** `/glossary/definitions.json`: each entry's headword and short definition, by slug. */
export interface GlossaryDefinitions {
  entries: Record<string, { headword: string; short: string }>;
}

/** The published definitions of a glossary, in its order. */
export function glossaryDefinitions(glossary: Glossary): GlossaryDefinitions {
  return {
    entries: Object.fromEntries([...glossary.values()].map((entry) => [entry.slug, { headword: entry.headword, short: entry.short }])),
  };
}
