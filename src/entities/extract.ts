/**
 * The pipeline for one text: mentions -> types -> alias groups -> roles -> salience.
 */
import type { Entity, Span } from '../model.js';
import { groupMentions, isFormalPlaceName, type MentionGroup } from './aliases.js';
import { joinBracketedNames } from './bracketed-names.js';
import { canonicalOf, type Canonical } from './canonical.js';
import { classifyMentions } from './classify.js';
import { findDemonyms, type DemonymUse } from './demonyms.js';
import { familiesAsSurnames } from './families.js';
import { creditSpans, isAttribution, isDateline, isInside, storyStart } from './mention-roles.js';
import { isKnownPlace } from './lexicon.js';
import { findMentions, type Mention } from './mentions.js';
import { roleOf } from './role.js';
import { shareSurnames } from './shared-surnames.js';
import { salienceOf } from './salience.js';
import { surnameForms } from './surname.js';
import { stateNamed } from './us-states.js';
import type { Token } from './tokens.js';
import { TITLES } from './word-lists.js';
import { castWorkNames, isTitledWork, quotedTitleNames, quotedTitles } from './work-titles.js';

export interface ExtractOptions {
  /** The headline: names in it weigh more (its text is not searched for mentions). */
  title?: string;
}

/** People, organizations and places in `text`, most salient first. */
export function extractEntities(text: string, options: ExtractOptions = {}): Entity[] {
  if (text.trim() === '') return [];
  // (Quoted titles are read once: for the words inside them and for whole titles.)
  const titles = quotedTitles(text);
  const { tokens, mentions } = findMentions(text, titles);
  const joined = joinBracketedNames(mentions, tokens);
  const classified = classifyMentions(shareSurnames(joined, tokens), tokens);
  const works = new Set([
    ...quotedTitleNames(titles, classified),
    ...castWorkNames(tokens, classified),
  ]);
  const typed = familiesAsSurnames(
    classified.filter((m) => !isTitledWork(m) && !works.has(m.words.join(' '))),
    tokens,
  );
  const groups = groupMentions(typed);
  const title = normalizeForSearch(options.title ?? '');
  const previous = new Map<Mention, Mention>();
  mentions.forEach((m, i) => {
    const p = mentions[i - 1];
    if (p !== undefined) previous.set(m, p);
  });
  const sentenceStarts: number[] = [];
  for (const t of tokens) if (t.sentenceStart && t.word) sentenceStarts.push(t.start);
  const credits = creditSpans(text);
  const first = storyStart(text, sentenceStarts, credits);
  const demonyms = findDemonyms(tokens, bodyAndPlaceForms(groups), inNames(typed));
  const ctx = { tokens, text, title, previous, sentenceStarts, credits, first };
  const entities = groups.map((g) => toEntity(g, demonyms.get(g) ?? [], ctx));
  addSurnames(entities);
  return entities.sort((a, b) => b.salience - a.salience || firstStart(a) - firstStart(b));
}

/**
 * Each place and organization by every lookup form of its name ("united states", "us",
 * "america"), for the words for its people.
 */
function bodyAndPlaceForms(groups: readonly MentionGroup[]): Map<string, MentionGroup> {
  const places = new Map<string, MentionGroup>();
  for (const g of groups) {
    if (g.type === 'person') continue;
    const canonical = canonicalFor(g)?.name.toLowerCase().replace(/\./g, '');
    const forms = [g.key, canonical ?? '', ...g.mentions.map((m) => m.words.join(' '))];
    for (const form of forms) if (form !== '' && !places.has(form)) places.set(form, g);
  }
  return places;
}

/** Whether a token lies inside one of the names found. */
function inNames(mentions: readonly Mention[]): (index: number) => boolean {
  const inside = new Set<number>();
  for (const m of mentions) for (let i = m.first; i <= m.last; i++) inside.add(i);
  return (index) => inside.has(index);
}

function firstStart(e: Entity): number {
  return e.mentions[0]?.start ?? 0;
}

interface Context {
  tokens: readonly Token[];
  text: string;
  title: string;
  /** Each mention's predecessor in text order (the head of a role phrase). */
  previous: ReadonlyMap<Mention, Mention>;
  /** Offsets where sentences start, in order. */
  sentenceStarts: readonly number[];
  /** Bylines, publication headers, photo credits and contributor lines. */
  credits: readonly Span[];
  /** Index of the story's first sentence (after an agency tag, byline or header). */
  first: number;
}

/** Index of the story sentence holding `offset` (binary search over sentence starts). */
function sentenceOf(ctx: Context, offset: number): number {
  const starts = ctx.sentenceStarts;
  let lo = 0;
  let hi = starts.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((starts[mid] ?? 0) <= offset) lo = mid + 1;
    else hi = mid;
  }
  return Math.max(0, lo - 1 - ctx.first);
}

function toEntity(g: MentionGroup, demonyms: readonly DemonymUse[], ctx: Context): Entity {
  const { tokens, text, title } = ctx;
  const ordered = [...g.mentions].sort((a, b) => a.start - b.start);
  const name = displayName(g);
  const aliases = new Map<string, string>();
  for (const m of ordered) {
    // A headline's capitals are not how the name is written: "SESSIONS" reads "Sessions".
    addAlias(aliases, m.shouted ? titleCase(m.text) : m.text, name);
    if (m.title !== undefined && m.words.length === 1) {
      const t = m.title.replace(/\.$/, '');
      // "Mr Sessions", "President Obama" (the honorifics are titles too); not a job,
      // "Midfielder Edu".
      if (TITLES.has(t.toLowerCase())) {
        addAlias(aliases, `${t} ${m.text}`, name);
      }
    }
  }
  for (const d of demonyms) addAlias(aliases, d.shouted ? titleCase(d.text) : d.text, name);
  // The short forms news uses for it whatever this text writes ("U.S.", "GOP"), as a headline
  // or a question may: "US" already written stands for "U.S.".
  const written = new Set([name, ...aliases.values()].map(normalizeForSearch));
  for (const form of canonicalFor(g)?.shortForms ?? []) {
    if (!written.has(normalizeForSearch(form))) addAlias(aliases, form, name);
  }
  const mentions: Span[] = dedupeSpans(ordered.map((m) => ({ start: m.start, end: m.end })));
  let role: string | undefined;
  if (g.type === 'person') {
    for (const m of ordered) {
      role = roleOf(m, ctx.previous.get(m.source), tokens, text);
      if (role !== undefined) break;
    }
  }
  const forms = [name, ...aliases.values()];
  const inTitle =
    title !== '' &&
    forms.some((f) => {
      // normalizeForSearch pads with spaces, so this is a whole-word search.
      const form = normalizeForSearch(f);
      return form !== '' && title.includes(form);
    });
  // What the story is about: not where it was filed, nor who wrote or photographed it.
  const counted = mentions.filter((s) => !isDateline(text, s) && !isInside(ctx.credits, s));
  const entity: Entity = {
    name,
    type: g.type,
    aliases: [...aliases.values()],
    mentions,
    salience: salienceOf({
      sentences: counted.map((s) => sentenceOf(ctx, s.start)),
      demonyms: demonyms.map((d) => sentenceOf(ctx, d.start)),
      attributions: counted.filter((s) => isAttribution(text, s)).length,
      inTitle,
    }),
  };
  if (role !== undefined) entity.role = role;
  return entity;
}

/**
 * A person's surname is one of their names even where the text gives only the full name
 * ("Pugh" for "Tairod Nathan Webster Pugh"), unless another entity of the text answers to it
 * (the brothers Tamerlan and Dzhokhar Tsarnaev, George Washington in a story about Washington).
 */
function addSurnames(entities: Entity[]): void {
  const surnames = entities.map((e) => (e.type === 'person' ? surnameForms(e.name) : []));
  const claims = new Map<string, number>();
  entities.forEach((e, i) => {
    const forms = new Set([e.name, ...e.aliases, ...(surnames[i] ?? [])].map(normalizeForSearch));
    for (const form of forms) claims.set(form, (claims.get(form) ?? 0) + 1);
  });
  entities.forEach((e, i) => {
    const written = new Set([e.name, ...e.aliases].map(normalizeForSearch));
    for (const surname of surnames[i] ?? []) {
      const key = normalizeForSearch(surname);
      if (!written.has(key) && claims.get(key) === 1) e.aliases.push(surname);
    }
  });
}

function addAlias(aliases: Map<string, string>, form: string, name: string): void {
  const key = form.toLowerCase();
  if (key !== name.toLowerCase() && !aliases.has(key)) aliases.set(key, form);
}

function canonicalFor(g: MentionGroup): Canonical | undefined {
  return canonicalOf(g.key) ?? canonicalOf(g.mentions[0]?.key ?? '');
}

/** The canonical name if known, else the fullest written form (mixed case preferred). */
function displayName(g: MentionGroup): string {
  const canonical = canonicalFor(g);
  if (canonical !== undefined) return canonical.name;
  // "Pa." after a town was keyed as "pennsylvania": show the state's name.
  const state = g.type === 'place' ? stateNamed(g.key) : undefined;
  if (state !== undefined) return state;
  // (Hyphenated parts count as words: "Robert Kilroy-Silk" is as full as "Robert Kilroy Silk",
  // and the first written stays.)
  const width = (m: Mention): number => m.words.join(' ').split(/[\s-]+/).length;
  // A known place in capitals outside a headline is a dateline's: "LONDON (Reuters) -".
  const dateline = g.type === 'place' && isKnownPlace(g.key);
  const capitals = (m: Mention): boolean =>
    m.shouted || (dateline && /^[\p{Lu}\s.'-]{4,}$/u.test(m.text));
  // ("Ferguson", not "City of Ferguson", when the text writes both.)
  const plain = g.mentions.filter((m) => !isFormalPlaceName(m.words));
  const shown = g.type === 'place' && plain.length > 0 ? plain : g.mentions;
  let best = shown[0];
  for (const m of shown) {
    if (best === undefined) best = m;
    const better =
      width(m) > width(best) || (width(m) === width(best) && capitals(best) && !capitals(m));
    if (better) best = m;
  }
  if (best === undefined) return '';
  return capitals(best) ? titleCase(best.text) : best.text;
}

function titleCase(name: string): string {
  if (name.length <= 4 && !name.includes(' ')) return name;
  return name
    .toLowerCase()
    .replace(/(^|[\s-])(\p{L})/gu, (_, sep: string, c: string) => sep + c.toUpperCase());
}

function dedupeSpans(spans: Span[]): Span[] {
  const seen = new Set<string>();
  return spans.filter((s) => {
    const k = `${s.start}:${s.end}`;
    if (seen.has(k)) return false;
    seen.add(k);
    return true;
  });
}

/** Lower case, dots dropped, punctuation to spaces, padded: for whole-word `includes`. */
export function normalizeForSearch(s: string): string {
  const flat = s
    .toLowerCase()
    .replace(/['’]s\b/g, '')
    .replace(/\./g, '')
    .replace(/[^\p{L}\p{N}&]+/gu, ' ')
    .trim();
  return flat === '' ? '' : ` ${flat} `;
}
