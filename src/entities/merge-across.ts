/**
 * One entity per real-world thing across several texts (the articles of a story or a
 * digest): same type and a shared name or alias, or a surname of a fuller person name.
 * Salience adds up; mentions are dropped because offsets belong to single texts.
 */
import type { Entity } from '../model.js';
import { normalizeForSearch } from './extract.js';
import { surnameOf } from './surname.js';

export function mergeEntitiesAcross(lists: readonly Entity[][]): Entity[] {
  const merged: Entity[] = [];
  const byForm = new Map<string, Entity>();
  const bySurname = new Map<string, Entity>();
  // Fuller names first, so that a bare surname finds its person.
  const all = lists.flat().sort((a, b) => wordCount(b.name) - wordCount(a.name));
  for (const e of all) {
    let target: Entity | undefined;
    for (const form of formsOf(e, surnameKey(e))) {
      target = byForm.get(`${e.type}|${form}`);
      if (target !== undefined) break;
    }
    if (target === undefined && e.type === 'person' && wordCount(e.name) === 1) {
      target = bySurname.get(normalizeForSearch(e.name));
    }
    if (target === undefined) {
      target = { name: e.name, type: e.type, aliases: [], mentions: [], salience: 0 };
      merged.push(target);
      const surname = surnameKey(e);
      // Two people who share a surname must not meet through it: the first one keeps it.
      if (surname !== undefined && !bySurname.has(surname)) bySurname.set(surname, target);
    }
    absorb(target, e);
    for (const form of formsOf(target, surnameKey(target))) {
      const key = `${target.type}|${form}`;
      if (!byForm.has(key)) byForm.set(key, target);
    }
  }
  return merged.sort((a, b) => b.salience - a.salience);
}

function surnameKey(e: Entity): string | undefined {
  const surname = e.type === 'person' ? surnameOf(e.name) : undefined;
  return surname === undefined ? undefined : normalizeForSearch(surname);
}

function absorb(target: Entity, e: Entity): void {
  target.salience = Math.round((target.salience + e.salience) * 1000) / 1000;
  if (target.role === undefined && e.role !== undefined) target.role = e.role;
  const have = new Set([target.name, ...target.aliases].map((f) => f.toLowerCase()));
  for (const form of [e.name, ...e.aliases]) {
    if (!have.has(form.toLowerCase())) {
      target.aliases.push(form);
      have.add(form.toLowerCase());
    }
  }
}

/**
 * The forms that join two entities of the same type. A full name's bare surname is not one:
 * Jeff and Pete Sessions both answer to "Sessions", which `bySurname` gives to the first.
 */
function formsOf(e: Entity, surname: string | undefined): string[] {
  return [e.name, ...e.aliases].map(normalizeForSearch).filter((f) => f !== '' && f !== surname);
}

function wordCount(s: string): number {
  return s.split(/\s+/).length;
}
