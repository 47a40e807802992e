import { existsSync, readFileSync } from 'node:fs';
import { DEPARTURES_FILE } from './paths.ts';
import { readYaml } from './read-yaml.ts';
import { departuresSchema, type Departure } from '../schemas/departure.ts';

/** The departures from the copy-text that no note records, in the file's order; none when a content tree has no list. */
export function loadDepartures(file = DEPARTURES_FILE): Departure[] {
  if (!existsSync(file)) return [];
  return readYaml(file, readFileSync(file, 'utf8'), departuresSchema, 'See the comments at the top of content/departures.yaml for the fields of an entry.').data;
}

/** Headings of the About page's list, one per kind, in the order the list prints them. */
export const DEPARTURE_KINDS: { kind: Departure['kind']; heading: string }[] = [
  { kind: 'join', heading: 'Paragraphs rejoined where a page break had split them' },
  { kind: 'heading', heading: 'Section headings repaired' },
  { kind: 'spacing', heading: 'Spacing' },
  { kind: 'presentation', heading: 'Presentation' },
  { kind: 'insertion', heading: 'Editorial words inserted' },
];
