import type { Entity } from '../model.js';

/** A run of text, marked when it names one of the entities. */
export interface TextRun {
  text: string;
  entity?: Entity;
}

/**
 * Splits `text` into runs so renderers can bold entity names. Names and aliases are matched
 * as whole words, longest first, so "Jeff Sessions" wins over "Sessions".
 */
export function highlightEntities(text: string, entities: readonly Entity[]): TextRun[] {
  const forms = entities
    .flatMap((entity) => [entity.name, ...entity.aliases].map((form) => ({ form, entity })))
    .filter(({ form }) => form.length > 1)
    .sort((a, b) => b.form.length - a.form.length);
  if (forms.length === 0) return [{ text }];
  const pattern = new RegExp(
    `(?<![\\p{L}\\p{N}])(?:${forms.map(({ form }) => escapeRegExp(form)).join('|')})(?![\\p{L}\\p{N}])`,
    'gu',
  );
  const runs: TextRun[] = [];
  let last = 0;
  for (const match of text.matchAll(pattern)) {
    const start = match.index;
    const found = forms.find(({ form }) => form === match[0]);
    if (found === undefined) continue;
    if (start > last) runs.push({ text: text.slice(last, start) });
    runs.push({ text: match[0], entity: found.entity });
    last = start + match[0].length;
  }
  if (last < text.length) runs.push({ text: text.slice(last) });
  return runs;
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
