/**
 * Entity benchmark (issue 4): recognition on CoNLL++ and CoNLL-2003 (dev halves of the test
 * sets, rebuilt as natural text), salience on CNN/DailyMail highlights, and speed, each next
 * to compromise's own people()/organizations()/places() pass measured in the same run.
 * The CoNLL files are test data: nothing is fitted on them, they only measure.
 */
import nlp from 'compromise';
import { loadEvalSet } from './eval-data.js';
import { extractEntities } from '../src/entities/index.js';
import type { Entity, EntityType } from '../src/model.js';

interface ConllRow {
  id: string;
  doc: string;
  tokens: string[];
  tags: string[];
  tags_bio?: string[];
}

interface SummaryRow {
  id: string;
  title?: string;
  text: string;
  summary: string;
}

type Label = 'PER' | 'ORG' | 'LOC';
interface LabelledSpan {
  start: number;
  end: number;
  label: Label;
}

interface Doc {
  text: string;
  gold: LabelledSpan[];
}

const LABEL: Record<EntityType, Label> = { person: 'PER', organization: 'ORG', place: 'LOC' };
const NO_SPACE_BEFORE = /^(?:[,.;:!?)\]}%]|'s|n't|'re|'ve|'ll|'d|'m|')$/i;
const NO_SPACE_AFTER = /^[([{$]$/;

/** Rebuilds each document as natural text: detokenised sentences, one per line. */
export function buildDocs(rows: ConllRow[]): Doc[] {
  const byDoc = new Map<string, ConllRow[]>();
  for (const row of rows) byDoc.set(row.doc, [...(byDoc.get(row.doc) ?? []), row]);
  const docs: Doc[] = [];
  for (const sentences of byDoc.values()) {
    sentences.sort((a, b) => a.id.localeCompare(b.id));
    let text = '';
    const gold: LabelledSpan[] = [];
    for (const row of sentences) {
      if (text !== '') text += '\n';
      const tags = row.tags_bio ?? row.tags;
      let quoteOpen = false;
      let glue = true;
      let open: LabelledSpan | undefined;
      row.tokens.forEach((token, i) => {
        let space = !glue && !NO_SPACE_BEFORE.test(token);
        if (token === '"') {
          if (quoteOpen) space = false;
          quoteOpen = !quoteOpen;
        }
        if (space) text += ' ';
        const start = text.length;
        text += token;
        glue = NO_SPACE_AFTER.test(token) || (token === '"' && quoteOpen);
        const tag = tags[i] ?? 'O';
        const type = tag.slice(2);
        const label = type === 'PER' || type === 'ORG' || type === 'LOC' ? type : undefined;
        if (tag.startsWith('I-') && open !== undefined && open.label === label) {
          open.end = text.length;
          return;
        }
        open = undefined;
        if (label !== undefined) {
          open = { start, end: text.length, label };
          gold.push(open);
        }
      });
    }
    docs.push({ text, gold });
  }
  return docs;
}

/** compromise's matches as clean spans (its offsets include quotes and punctuation). */
function compromiseSpans(text: string): LabelledSpan[] {
  const doc = nlp(text);
  const out: LabelledSpan[] = [];
  const passes: Array<[Label, { json: (options: object) => unknown }]> = [
    ['PER', doc.people()],
    ['ORG', doc.organizations()],
    ['LOC', doc.places()],
  ];
  for (const [label, view] of passes) {
    const matches = view.json({ offset: true }) as Array<{
      offset?: { start: number; length: number };
    }>;
    for (const m of matches) {
      if (m.offset === undefined) continue;
      let start = m.offset.start;
      let end = start + m.offset.length;
      while (start < end && !/[\p{L}\p{N}]/u.test(text[start] ?? '')) start++;
      while (end > start && !/[\p{L}\p{N}]/u.test(text[end - 1] ?? '')) end--;
      if (/['’]s$/.test(text.slice(start, end))) end -= 2;
      if (end > start) out.push({ start, end, label });
    }
  }
  return out;
}

export function ourSpans(text: string): LabelledSpan[] {
  return extractEntities(text).flatMap((e) =>
    e.mentions.map((m) => ({ start: m.start, end: m.end, label: LABEL[e.type] })),
  );
}

interface Counts {
  tp: number;
  fp: number;
  fn: number;
}

export function score(docs: Doc[], predict: (text: string) => LabelledSpan[]): Map<string, Counts> {
  const counts = new Map<string, Counts>();
  const bump = (label: string, field: keyof Counts): void => {
    for (const key of [label, 'ALL']) {
      const c = counts.get(key) ?? { tp: 0, fp: 0, fn: 0 };
      c[field]++;
      counts.set(key, c);
    }
  };
  for (const doc of docs) {
    const gold = new Set(doc.gold.map((s) => `${s.start}:${s.end}:${s.label}`));
    const pred = new Set(predict(doc.text).map((s) => `${s.start}:${s.end}:${s.label}`));
    for (const p of pred) bump(p.split(':')[2] ?? '', gold.has(p) ? 'tp' : 'fp');
    for (const g of gold) if (!pred.has(g)) bump(g.split(':')[2] ?? '', 'fn');
  }
  return counts;
}

export function f1(c: Counts | undefined): string {
  if (c === undefined) return '   -';
  const p = c.tp / Math.max(1, c.tp + c.fp);
  const r = c.tp / Math.max(1, c.tp + c.fn);
  return (p + r === 0 ? 0 : (200 * p * r) / (p + r)).toFixed(1).padStart(5);
}

function recognition(name: string): void {
  const rows = loadEvalSet<ConllRow>(name);
  if (rows === undefined) return;
  const docs = buildDocs(rows);
  console.log(`Recognition, ${name} (${docs.length} documents), exact-span F1:`);
  console.log('  system        ALL   PER   ORG   LOC');
  for (const [system, predict] of [
    ['newsdigest', ourSpans],
    ['compromise', compromiseSpans],
  ] as const) {
    const c = score(docs, predict);
    const cols = ['ALL', 'PER', 'ORG', 'LOC'].map((k) => f1(c.get(k))).join(' ');
    console.log(`  ${system.padEnd(12)} ${cols}`);
  }
}

/** A text flattened for whole-word search: no possessives, dots or punctuation. */
function flat(s: string, keepCase = false): string {
  const t = (keepCase ? s : s.toLowerCase())
    .replace(/['’]s\b/g, '')
    .replace(/\./g, '')
    .replace(/[^\p{L}\p{N}&]+/gu, ' ')
    .trim();
  return ` ${t} `;
}

/**
 * Whether the highlights name `form`: a whole-word search, case-insensitive but for an acronym,
 * whose capitals count ("U.S." is not the "us" of "hurt us all").
 */
function names(highlights: string, form: string): boolean {
  const key = flat(form).trim();
  if (key === '') return false;
  const acronym = /^[A-Z&]{2,5}$/.test(flat(form, true).trim());
  return acronym
    ? flat(highlights, true).includes(flat(form, true))
    : flat(highlights).includes(` ${key} `);
}

function salienceAndSpeed(): void {
  const rows = loadEvalSet<SummaryRow>('summaries_cnndm_dev');
  if (rows === undefined) return;
  const tokens = rows.reduce((n, r) => n + r.text.split(/\s+/).length, 0);
  let ourHits = 0;
  let ourTotal = 0;
  let t0 = performance.now();
  const ours = rows.map((r) =>
    extractEntities(r.text, r.title === undefined ? {} : { title: r.title }),
  );
  const ourSeconds = (performance.now() - t0) / 1000;
  // Ceiling: the best three of our own entities, whatever their rank.
  let ceilingHits = 0;
  rows.forEach((r, i) => {
    const named = (e: Entity): boolean => [e.name, ...e.aliases].some((f) => names(r.summary, f));
    const entities = ours[i] ?? [];
    for (const e of entities.slice(0, 3)) {
      ourTotal++;
      if (named(e)) ourHits++;
    }
    ceilingHits += Math.min(3, entities.filter(named).length);
  });
  let baseHits = 0;
  let baseTotal = 0;
  t0 = performance.now();
  const base = rows.map((r) => {
    const doc = nlp(r.text);
    return [doc.people(), doc.organizations(), doc.places()].flatMap(
      (v) => v.out('array') as string[],
    );
  });
  const baseSeconds = (performance.now() - t0) / 1000;
  rows.forEach((r, i) => {
    // Names written alike are one entity, found as first written.
    const freq = new Map<string, { form: string; count: number }>();
    for (const name of base[i] ?? []) {
      const key = flat(name);
      const seen = freq.get(key) ?? { form: name, count: 0 };
      if (key.trim() !== '') freq.set(key, { ...seen, count: seen.count + 1 });
    }
    const top = [...freq.values()].sort((a, b) => b.count - a.count).slice(0, 3);
    for (const { form } of top) {
      baseTotal++;
      if (names(r.summary, form)) baseHits++;
    }
  });
  const pct = (h: number, t: number): string => `${((100 * h) / Math.max(1, t)).toFixed(1)}%`;
  console.log(
    `\nSalience, summaries_cnndm_dev (${rows.length} articles): top-3 entities named in the highlights`,
  );
  console.log(`  newsdigest   ${pct(ourHits, ourTotal)}`);
  console.log(`  (ceiling     ${pct(ceilingHits, ourTotal)}: the best three of our own entities)`);
  console.log(`  compromise   ${pct(baseHits, baseTotal)} (ranked by frequency)`);
  console.log(`\nSpeed on the same ${tokens} tokens (whitespace-separated):`);
  console.log(`  newsdigest   ${Math.round(tokens / ourSeconds)} tokens/s`);
  console.log(
    `  compromise   ${Math.round(tokens / baseSeconds)} tokens/s (people/organizations/places)`,
  );
}

export default async function run(): Promise<void> {
  recognition('ner_conllpp_test_dev');
  console.log('');
  recognition('ner_conll2003_test_dev');
  salienceAndSpeed();
  await Promise.resolve();
}
