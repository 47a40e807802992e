import { readFileSync } from 'node:fs';
import { readYaml } from './read-yaml.ts';
import { editionSchema, type Edition } from '../schemas/edition.ts';

/** Where the edition's bibliographic facts live. */
export const EDITION_FILE = 'content/edition.yaml';

/** Reads and validates `content/edition.yaml`. */
export function loadEdition(file = EDITION_FILE): Edition {
  return readYaml(file, readFileSync(file, 'utf8'), editionSchema, 'See the comments in content/edition.yaml for each field.').data;
}
