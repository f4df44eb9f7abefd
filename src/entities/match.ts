/**
 * Topic filters: does an entity answer to a query word ("Sessions" finds "Jeff Sessions")?
 */
import type { Entity } from '../model.js';
import { normalizeForSearch } from './extract.js';
import { surnameForms } from './surname.js';

/** Case-insensitive match on the name or any alias (or a person's surname); possessives ignored. */
export function entityMatches(entity: Entity, query: string): boolean {
  const q = normalizeForSearch(query.trim().replace(/['’]$/, ''));
  if (q === '') return false;
  const forms = [entity.name, ...entity.aliases];
  if (entity.type === 'person') forms.push(...surnameForms(entity.name));
  return forms.some((f) => normalizeForSearch(f) === q);
}
