import { extractEntities } from '../../src/entities/index.js';
import type { Entity } from '../../src/model.js';

/** The names of the entities found in `text`, most salient first. */
export function names(text: string): string[] {
  return extractEntities(text).map((e) => e.name);
}

/** The entity of `text` with this display name, if any. */
export function find(text: string, name: string): Entity | undefined {
  return extractEntities(text).find((e) => e.name === name);
}

/** Each entity of `text` as [name, type], most salient first. */
export function typed(text: string): [string, string][] {
  return extractEntities(text).map((e) => [e.name, e.type]);
}

/** The type of each entity of `text`, by name. */
export function typesOf(text: string): Map<string, string> {
  return new Map(typed(text));
}
