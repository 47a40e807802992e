import type { APIRoute } from 'astro';
import { loadGlossary } from '../../edition/glossary';
import { glossaryDefinitions } from '../../glossary/definitions';

/** The short definitions the tooltips show, fetched once when a reader first reaches for a glossed term. */
export const GET: APIRoute = () =>
  new Response(JSON.stringify(glossaryDefinitions(loadGlossary())), { headers: { 'Content-Type': 'application/json' } });
