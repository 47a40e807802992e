import type { APIRoute } from 'astro';
import { loadEditionModel } from '../../edition';
import { glossaryDefinitions } from '../../glossary/definitions';

/** The short definitions the tooltips show, fetched once when a reader first reaches for a glossed term. */
export const GET: APIRoute = () =>
  new Response(JSON.stringify(glossaryDefinitions(loadEditionModel().glossary)), { headers: { 'Content-Type': 'application/json' } });
