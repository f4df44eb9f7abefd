/**
 * Topic filters: does an entity answer to a query word ("Sessions" finds "Jeff Sessions")?
 */
import type { Entity } from '../model.js';
import { normalizeForSearch } from './extract.js';
import { surnameOf } from './surname.js';

/** Case-insensitive match on the name or any alias (or a person's surname); possessives ignored. */
export function entityMatches(entity: Entity, query: string): boolean {
  const q = normalizeForSearch(query.trim().replace(/['’]$/, ''));
  if (q === '') return false;
  const forms = [entity.name, ...entity.aliases];
  const surname = entity.type === 'person' ? surnameOf(entity.name) : undefined;
  if (surname !== undefined) forms.push(surname);
  return forms.some((f) => normalizeForSearch(f) === q);
}
