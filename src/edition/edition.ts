import { readFileSync } from 'node:fs';
import { EDITION_FILE } from './paths.ts';
import { readYaml } from './read-yaml.ts';
import { editionSchema, type Edition } from '../schemas/edition.ts';

/** Reads and validates `content/edition.yaml`. */
export function loadEdition(file = EDITION_FILE): Edition {
  return readYaml(file, readFileSync(file, 'utf8'), editionSchema, 'See the comments in content/edition.yaml for each field.').data;
}
