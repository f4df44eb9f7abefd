/**
 * Synthetic article sets for timing the story clustering at scale: copies of the dev articles
 * in which every word outside the set's common vocabulary is renamed per copy (a deterministic
 * pseudo-word), so each copy reads like a different set of events with the same shape: same
 * lengths, same common words, same story sizes.
 */
import { createHash } from 'node:crypto';

export interface ClusterRow {
  id: string;
  story: string;
  title: string;
  text: string;
}

const SYLLABLES = ['ka', 'lo', 'mi', 'ru', 'te', 'va', 'no', 'shi', 'pe', 'dor', 'lin', 'zu'];

function pseudoWord(word: string, copy: number): string {
  const digest = createHash('sha1').update(`${copy}:${word.toLowerCase()}`).digest();
  let out = '';
  for (let i = 0; i < 3; i += 1) out += SYLLABLES[(digest[i] ?? 0) % SYLLABLES.length];
  out += String((digest[3] ?? 0) % 100);
  return /^\p{Lu}/u.test(word) ? out.charAt(0).toUpperCase() + out.slice(1) : out;
}

function renameWords(text: string, copy: number, common: ReadonlySet<string>): string {
  return text.replace(/\p{L}+/gu, (word) =>
    common.has(word.toLowerCase()) ? word : pseudoWord(word, copy),
  );
}

/** Words in at least 2 % of the articles: function words and the newsroom's stock phrases. */
function commonVocabulary(rows: readonly ClusterRow[]): Set<string> {
  const df = new Map<string, number>();
  for (const row of rows) {
    const words = new Set(`${row.title} ${row.text}`.toLowerCase().match(/\p{L}+/gu) ?? []);
    for (const word of words) df.set(word, (df.get(word) ?? 0) + 1);
  }
  const minimum = Math.max(2, rows.length * 0.02);
  return new Set([...df].filter(([, count]) => count >= minimum).map(([word]) => word));
}

/** `count` articles: whole copies of `rows` (copy 0 unchanged), each copy renamed apart. */
export function syntheticArticles(rows: readonly ClusterRow[], count: number): ClusterRow[] {
  const common = commonVocabulary(rows);
  const out: ClusterRow[] = [];
  for (let copy = 0; out.length < count; copy += 1) {
    for (const row of rows) {
      if (out.length >= count) break;
      out.push(
        copy === 0
          ? { ...row }
          : {
              id: `${row.id}~${copy}`,
              story: `${row.story}~${copy}`,
              title: renameWords(row.title, copy, common),
              text: renameWords(row.text, copy, common),
            },
      );
    }
  }
  return out;
}
