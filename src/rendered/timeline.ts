import { loadEditionModel } from '../edition/index.ts';
import { checkMentions, type Timeline } from '../edition/timeline.ts';
import { paragraphTextsBySection } from './paragraphs.ts';
import { getSections } from './sections.ts';

/** The timeline with every quotation checked against the paragraph it points to (a build error otherwise). */
export async function getCheckedTimeline(): Promise<Timeline | undefined> {
  const { timeline } = loadEditionModel();
  if (timeline) checkMentions(timeline, await paragraphTextsBySection(await getSections()));
  return timeline;
}
