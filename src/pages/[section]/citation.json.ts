import type { APIRoute, GetStaticPaths } from 'astro';
import { cslJson } from '../../citation/cite';
import { loadEditionModel } from '../../edition';
import { loadReleases } from '../../edition/releases';
import { getSections, type Section } from '../../rendered/sections';

/** One CSL-JSON file per section (`/v/citation.json`), linked from its Cite panel. */
export const getStaticPaths = (async () => (await getSections()).map((section) => ({ params: { section: section.slug }, props: { section } }))) satisfies GetStaticPaths;

/** The section's CSL-JSON item: the essay's date as `original-date`, the cited release's as `issued`, its number as `version`. */
export const GET: APIRoute<{ section: Section }> = ({ props, site }) => {
  const { section } = props;
  const target = { url: new URL(section.href, site).href, section: section.heading, sectionName: section.name };
  return new Response(`${JSON.stringify(cslJson(loadEditionModel().edition, loadReleases().current, target), null, 2)}\n`, { headers: { 'Content-Type': 'application/vnd.citationstyles.csl+json' } });
};
