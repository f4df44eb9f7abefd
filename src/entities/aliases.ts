/**
 * Alias merging within one text: every name that refers to the same thing joins one group:
 * - the same key ("U.S." = "USA", "Justice Department" = "Department of Justice");
 * - a surname or shorter tail of a fuller person name ("Sessions", "Mr Sessions" -> "Jeff
 *   Sessions"), or the name without its middle name ("Cristie Codd" -> "Cristie Schoen Codd");
 * - an organization's acronym or short name ("FBI" -> "Federal Bureau of Investigation");
 * - the singular of a group named in the plural ("Houthi" -> "Houthis").
 */
import type { EntityType } from '../model.js';
import { canonicalOf } from './canonical.js';
import {
  isCommonWord,
  isCountry,
  isGivenName,
  isKnownClub,
  isKnownOrganization,
  isKnownPerson,
  isKnownPlace,
  isListedName,
  isSurname,
  placeHeadWords,
} from './lexicon.js';
import type { TypedMention } from './classify.js';
import { isNationality } from './nationality.js';
import { ARABIC_ARTICLE } from './surname.js';
import { isStateName } from './us-states.js';
import {
  CHAMBERS,
  COMPASS_POINTS,
  LANDFORM_HEADS,
  NAME_SUFFIXES,
  ORG_SUFFIXES,
} from './word-lists.js';

export interface MentionGroup {
  type: EntityType;
  /** The key of the group's fullest name. */
  key: string;
  /** The key's words. */
  words: readonly string[];
  mentions: TypedMention[];
}

const MINOR = new Set(['of', 'the', 'and', 'for', '&', 'de', 'on', 'in']);

/** The initials an acronym takes from a name's words: "department of justice" -> "dj". */
export function initialsOf(words: readonly string[]): string {
  return words
    .filter((w) => !MINOR.has(w))
    .map((w) => w[0])
    .join('');
}

export function groupMentions(mentions: readonly TypedMention[]): MentionGroup[] {
  const byKey = new Map<string, MentionGroup>();
  for (const m of mentions) {
    const group = byKey.get(m.key);
    if (group === undefined)
      byKey.set(m.key, { type: m.type, key: m.key, words: m.key.split(' '), mentions: [m] });
    else group.mentions.push(m);
  }
  const groups = [...byKey.values()];
  const absorbed = new Set<MentionGroup>();
  const mergedInto = new Map<MentionGroup, MentionGroup>();
  /** `g`'s mentions join `target`; a name already merged into `g` follows it there. */
  const join = (g: MentionGroup, target: MentionGroup): void => {
    // A people or movement named in the plural is a group, whatever its singular read as.
    if (target.key === `${g.key}s`) target.type = 'organization';
    target.mentions.push(...g.mentions);
    absorbed.add(g);
    mergedInto.set(g, target);
    for (const [from, to] of mergedInto) if (to === g) mergedInto.set(from, target);
  };
  // A body's head in the singular and the plural is one body ("Delta Airline", "Delta
  // Airlines"), joined first so that a short name ("Delta") then fits one body, not two.
  for (const [singular, plural] of singularBodies(groups)) join(singular, plural);
  const persons = groups.filter((g) => g.type === 'person' && g.words.length >= 2);
  const orgs = groups.filter(
    (g) => g.type === 'organization' && g.words.length >= 2 && !absorbed.has(g),
  );
  // Longest first, so that "Flores" joins "Sarah Isgur Flores" rather than "Isgur Flores".
  persons.sort((a, b) => b.words.length - a.words.length);
  const own = new Map(groups.map((g) => [g, g.mentions.length]));
  const firstStart = new Map(groups.map((g) => [g, g.mentions[0]?.start ?? 0]));
  /** Of two people a short name fits, the one named more often in full, else first. */
  const likelier = (p: MentionGroup, best: MentionGroup): boolean => {
    const [pn, bn] = [own.get(p) ?? 0, own.get(best) ?? 0];
    if (pn !== bn) return pn > bn;
    if (sameName(best, p)) return false;
    return (firstStart.get(p) ?? 0) < (firstStart.get(best) ?? 0);
  };
  for (const g of groups) {
    if (absorbed.has(g)) continue;
    let target =
      personFor(g, persons, orgs, likelier) ??
      middleNameFor(g, persons) ??
      acronymFor(g, orgs) ??
      shortOrgFor(g, orgs) ??
      headlessOrgFor(g, orgs) ??
      clippedOrgFor(g, orgs) ??
      hyphenVariantFor(g, groups) ??
      compassCountryFor(g, groups) ??
      headlessPlaceFor(g, groups) ??
      placeOfFor(g, groups) ??
      nationalOrgFor(g, groups) ??
      stationFor(g, orgs) ??
      pluralFor(g, groups);
    if (target === undefined || target === g) continue;
    // A name already merged into a fuller one passes its new names on to that one.
    target = mergedInto.get(target) ?? target;
    if (target !== g) join(g, target);
  }
  return groups.filter((g) => !absorbed.has(g));
}

function withoutSuffix(words: readonly string[]): readonly string[] {
  const last = words[words.length - 1];
  return last !== undefined && NAME_SUFFIXES.has(last) ? words.slice(0, -1) : words;
}

type Likelier = (p: MentionGroup, best: MentionGroup) => boolean;

/**
 * Whether a shorter name can stand for a fuller one: its end ("Flores", "Isgur Flores" for
 * "Sarah Isgur Flores"), its given name alone, or the name without its middle name ("Cristie
 * Codd" for "Cristie Schoen Codd").
 */
function standsFor(short: readonly string[], full: readonly string[]): boolean {
  if (short.length === full.length) return initialed(short, full);
  if (short.length > full.length) return false;
  const end = full.slice(full.length - short.length);
  // An Arabic surname is often given without its article: "Assad" for "Bashar al-Assad".
  const bare = [(end[0] ?? '').replace(ARABIC_ARTICLE, ''), ...end.slice(1)];
  const tail = [end, bare].some((words) => words.join(' ') === short.join(' '));
  const given = short.length === 1 && full[0] === short[0];
  const noMiddle = short.length > 1 && full[0] === short[0] && full.at(-1) === short.at(-1);
  // (Other middle initials are another person: "George W. Bush", "George H. W. Bush".)
  const initials = (words: readonly string[]): boolean => {
    const middle = words.slice(1, -1);
    return middle.length > 0 && middle.every((w) => w.length === 1);
  };
  return tail || given || (noMiddle && !(initials(short) && initials(full)));
}

/**
 * "K Holmes" for "Kelly Holmes", as results lists write names: the same surname, and an initial
 * for each given name.
 */
function initialed(short: readonly string[], full: readonly string[]): boolean {
  if (short.length < 2 || short.at(-1) !== full.at(-1)) return false;
  const given = short.slice(0, -1);
  return given.every(
    (w, i) => w.length === 1 && full[i]?.startsWith(w) && (full[i]?.length ?? 0) > 1,
  );
}

/** Whether two person groups are one person's names ("John Langmore", "John Vance Langmore"). */
function sameName(a: MentionGroup, b: MentionGroup): boolean {
  return standsFor(a.words, b.words) || standsFor(b.words, a.words);
}

/** The fuller person name a shorter name stands for, if exactly one fits best. */
function personFor(
  g: MentionGroup,
  persons: readonly MentionGroup[],
  orgs: readonly MentionGroup[],
  likelier: Likelier,
): MentionGroup | undefined {
  const words = g.words;
  if (g.type !== 'person') {
    if (words.length > 1 || canonicalOf(g.key) !== undefined) return undefined;
    // A firm we know may be the surname of someone the text names in full ("Harrison Ford
    // ... Ford had just taken off"), when no body of the text is named with it.
    const surname = persons.some(
      (p) => p.words.at(-1) === g.key && (isGivenName(p.words[0] ?? '') || isKnownPerson(p.key)),
    );
    const theirs = surname && !orgs.some((o) => o.words.includes(g.key));
    if (isKnownPlace(g.key) || (isKnownOrganization(g.key) && !theirs)) return undefined;
  }
  // A name the text reads as a firm is no one's given name: "Mercedes" is not short for
  // "Mercedes Smart", nor "GM" for "GM Europe". It may still be a surname.
  const fits: Fits =
    g.type !== 'organization'
      ? standsFor
      : (short, full) => standsFor(short, full) && full.at(-1) === short.at(-1);
  // A surname alone may also stand for a name with a suffix ("Robinson", "Tony Terrell
  // Robinson Jr"), but a name without one comes first: "Brown" is Michael Brown, not his
  // father Michael Brown Sr.
  return (
    fullerPerson(g, persons, likelier, fits, (full) => full) ??
    (words.length === 1 ? fullerPerson(g, persons, likelier, fits, withoutSuffix) : undefined)
  );
}

type Fits = (short: readonly string[], full: readonly string[]) => boolean;

/**
 * "Terrell" for "Tony Terrell Robinson Jr" ("family knew him by his middle name, Terrell"):
 * a lone name that is no one's given name or surname, but the middle name of one person.
 */
function middleNameFor(
  g: MentionGroup,
  persons: readonly MentionGroup[],
): MentionGroup | undefined {
  const [word] = g.words;
  if (g.type !== 'person' || g.words.length !== 1 || word === undefined) return undefined;
  const holders = persons.filter((p) => withoutSuffix(p.words).slice(1, -1).includes(word));
  return holders.length === 1 ? holders[0] : undefined;
}

function fullerPerson(
  g: MentionGroup,
  persons: readonly MentionGroup[],
  likelier: Likelier,
  fits: Fits,
  nameWords: (full: readonly string[]) => readonly string[],
): MentionGroup | undefined {
  const words = g.words;
  let best: MentionGroup | undefined;
  for (const p of persons) {
    const full = p.words;
    if (full.length < words.length || p === g || !fits(words, nameWords(full))) continue;
    if (best === undefined || likelier(p, best)) best = p;
  }
  return best;
}

/**
 * "FBI" for "Federal Bureau of Investigation"; "FTC" for "Federal Trade Commission", whose key
 * ("commission of federal trade") reorders the words it was written with; "WADA" for "World
 * Anti-Doping Agency" and "USADA" for "US Anti-Doping Agency", whose initials the text's
 * hyphens and capitals give.
 */
function acronymFor(g: MentionGroup, orgs: readonly MentionGroup[]): MentionGroup | undefined {
  const words = g.words;
  const text = g.mentions[0]?.text ?? '';
  if (words.length !== 1 || !/^[A-Z.&]{2,6}$/.test(text)) return undefined;
  const letters = g.key.replace(/[^a-z]/g, '');
  // ("FDA" for the "U.S. Food and Drug Administration": the nation's tag gives no letter.)
  const spells = (w: readonly string[]): boolean =>
    initialsOf(w) === letters || (isNationalTag(w[0] ?? '') && initialsOf(w.slice(1)) === letters);
  const asWritten = (name: string): boolean =>
    writtenInitials(name, false) === letters || writtenInitials(name, true) === letters;
  return orgs.find(
    (o) => spells(o.words) || o.mentions.some((m) => spells(m.words) || asWritten(m.text)),
  );
}

/** "us", "uk": a country's short name, as it opens a national body's name. */
function isNationalTag(word: string): boolean {
  return word.length <= 3 && isCountryName(word);
}

/**
 * A country by any of its names ("united kingdom", "us"), not a state: "the Supreme Court" may
 * be the nation's beside the "Alabama Supreme Court".
 */
function isCountryName(place: string): boolean {
  const country = canonicalOf(place)?.name.toLowerCase() ?? place;
  return isCountry(country) && !isStateName(country);
}

/**
 * Initials as written: each part of a hyphenated word gives one, an acronym all its letters,
 * and "of" or "and" one when `minor` says so ("PBOC" for "People's Bank of China").
 */
function writtenInitials(name: string, minor: boolean): string {
  return name
    .split(/[\s\-‐]+/u)
    .filter((w) => w !== '' && (minor || !MINOR.has(w.toLowerCase())))
    .map((w) => (/^[A-Z]{2,}$/.test(w.replace(/\./g, '')) ? w.replace(/\./g, '') : w[0]))
    .join('')
    .toLowerCase();
}

/** "Bremen" after "Werder Bremen", "Times" after "The New York Times": one org's short name. */
function shortOrgFor(g: MentionGroup, orgs: readonly MentionGroup[]): MentionGroup | undefined {
  const words = g.words;
  if (words.length !== 1 || g.type === 'place' || canonicalOf(g.key) !== undefined)
    return undefined;
  // (A place the text reads as a club is its short name: "Tottenham" for "Tottenham Hotspur".)
  if (isKnownPlace(g.key) && g.type !== 'organization') return undefined;
  // A person's name is a firm's short name only for a firm we know: "Merrill" of "Merrill Lynch".
  const personName = isGivenName(g.key) || isSurname(g.key);
  // "Trump" near "Trump Organization" stays the man when the text gives him a title.
  if (g.mentions.some((m) => m.title !== undefined)) return undefined;
  const knownAcronym = writtenAsAcronym(g) && isKnownOrganization(g.key);
  const fits = orgs.filter((o) => {
    const ow = o.words.filter((w) => !MINOR.has(w));
    // "the House" is Congress's lower chamber, never the White House.
    if (o === g || o.key === 'white house') return false;
    if (personName && !isKnownOrganization(o.key)) return false;
    // ("GOP" is the party, not the "South Carolina GOP" the text also names.)
    const tail = ow[ow.length - 1] === g.key && !knownAcronym;
    return tail || (ow[0] === g.key && !isUnitOf(g, ow));
  });
  return fits.length === 1 ? fits[0] : undefined;
}

/**
 * Last words that give a body's formal name rather than another body: a firm's ("Apple Inc",
 * "Newmont Mining Corp"), a party's or a movement's ("Likud Party", "al-Nusra Front"), a club's.
 */
const FORMAL_HEADS = new Set(
  `inc corp corporation co ltd llc plc ag sa nv gmbh bhd group company holdings industries
  brothers airlines airways lines party front movement brigade brigades alliance coalition
  club fc cf`.split(/\s+/),
);

/**
 * "NFL Players Association", "FBI Academy", "FIFA Weekly": a body whose name opens with a
 * known organization's name or acronym is part of it or tied to it, not another name for it.
 */
function isUnitOf(parent: MentionGroup, words: readonly string[]): boolean {
  const head = words.length > 1 ? (words[words.length - 1] ?? '') : '';
  if (head === '' || FORMAL_HEADS.has(head)) return false;
  // A club's name goes on to its full name ("Tottenham Hotspur"), but not to its other sides.
  if (isKnownClub(parent.key) && !TEAM_SIDES.has(head)) return false;
  return writtenAsAcronym(parent) || isKnownOrganization(parent.key);
}

const TEAM_SIDES = new Set(['women', 'ladies', 'reserves', 'academy', 'youth', 'juniors']);

/** Whether the text writes a name as an acronym ("FBI", "S&P"; not in a line of capitals). */
function writtenAsAcronym(g: MentionGroup): boolean {
  return g.mentions.some((m) => !m.shouted && /^[A-Z.&]{2,6}$/.test(m.text));
}

/**
 * "Reserve Bank" for "Reserve Bank of Australia", "Syrian Observatory" for "... for Human
 * Rights", "Freedom Caucus" for "House Freedom Caucus": a body's name cut before "of", "for" or
 * "and", or without its chamber, when one body of the text has that longer name.
 */
function clippedOrgFor(g: MentionGroup, orgs: readonly MentionGroup[]): MentionGroup | undefined {
  if (g.type !== 'organization' || g.words.length < 2) return undefined;
  const short = g.mentions[0]?.words.join(' ') ?? '';
  const fits = orgs.filter((o) =>
    o.mentions.some((m) => {
      // ("Supreme Court" for the "Italian Supreme Court of Cassation": its people's adjective
      // may open the full name.)
      const national = isNationality(m.words[0] ?? '') ? [m.words.slice(1).join(' ')] : [];
      const written = [m.words.join(' '), ...national];
      const cut = JOINERS.some((joiner) =>
        written.some((w) => w.startsWith(`${short} ${joiner} `)),
      );
      const chamber = CHAMBERS.has(m.words[0] ?? '') && m.words.slice(1).join(' ') === short;
      return o !== g && (cut || chamber);
    }),
  );
  return fits.length === 1 ? fits[0] : undefined;
}

const JOINERS = ['of', 'for', 'and'];

/**
 * "the North" for North Korea, "the South" for South Korea: a compass point alone is the
 * one country of the text named with it (not a state: "the South" of "South Carolina" is the
 * region). So is "Korea" alone, and "the Republic" for the one republic the text names ("his
 * Republic record" in a report on the Republic of Ireland).
 */
function compassCountryFor(
  g: MentionGroup,
  groups: readonly MentionGroup[],
): MentionGroup | undefined {
  const [point] = g.words;
  if (g.words.length !== 1 || point === undefined) return undefined;
  if (point === 'korea') {
    const koreas = groups.filter((p) => p.key === 'south korea' || p.key === 'north korea');
    return koreas.length === 1 ? koreas[0] : undefined;
  }
  if (point === 'republic') {
    const republics = groups.filter((p) => p.type === 'place' && p.words.includes('republic'));
    return republics.length === 1 && republics[0] !== g ? republics[0] : undefined;
  }
  if (!COMPASS_POINTS.has(point)) return undefined;
  const fits = groups.filter(
    (p) => p.type === 'place' && p.words.length === 2 && p.words[0] === point && isCountry(p.key),
  );
  return fits.length === 1 ? fits[0] : undefined;
}

/** "Robert Kilroy Silk" for "Robert Kilroy-Silk": the same name with spaces for hyphens. */
function hyphenVariantFor(
  g: MentionGroup,
  groups: readonly MentionGroup[],
): MentionGroup | undefined {
  if (g.key.includes('-')) return undefined;
  return groups.find(
    (p) =>
      p !== g && p.type === g.type && p.key.includes('-') && p.key.replace(/-/g, ' ') === g.key,
  );
}

/**
 * "Heathrow" for "Heathrow Airport", "Barksdale" for "Barksdale Air Force Base": a one-word
 * name no lexicon knows, opening the one place of the text named with a place's head word,
 * and written no more often than it (else it names a town of its own: "Kaesong" and the
 * "Kaesong Industrial Complex").
 */
function headlessPlaceFor(
  g: MentionGroup,
  groups: readonly MentionGroup[],
): MentionGroup | undefined {
  const [word] = g.words;
  if (g.words.length !== 1 || word === undefined) return undefined;
  if (isListedName(word) || isCommonWord(word)) return undefined;
  const fits = groups.filter((p) => {
    const head = p.words.at(-1) ?? '';
    const headed = placeHeadWords.has(head) || LANDFORM_HEADS.has(head);
    const named = p.type === 'place' && p.words.length > 1 && p.words[0] === word && headed;
    // (An empire's adjective is its people's, however often: "Assyrian kings".)
    return named && (g.mentions.length <= p.mentions.length || head === 'empire');
  });
  return fits.length === 1 ? fits[0] : undefined;
}

/** Heads of "X of Y" names for a town or a state itself: "the City of Ferguson". */
const PLACE_OF_HEADS = new Set(['city', 'state', 'town', 'commonwealth']);

/**
 * "State of Texas" for "Texas", "City of Ferguson" for "Ferguson": the place by its formal
 * name, where the text also names it plainly (not a place known whole: "City of London").
 */
function placeOfFor(g: MentionGroup, groups: readonly MentionGroup[]): MentionGroup | undefined {
  if (g.type !== 'place' || !isFormalPlaceName(g.words) || isKnownPlace(g.key)) return undefined;
  const key = g.words.slice(2).join(' ');
  return groups.find((p) => p !== g && p.type === 'place' && p.key === key);
}

/** "city of ferguson", "state of texas" (lookup words): a place by its formal name. */
export function isFormalPlaceName(words: readonly string[]): boolean {
  return words.length > 2 && words[1] === 'of' && PLACE_OF_HEADS.has(words[0] ?? '');
}

/**
 * "Detroit Police" for "Detroit Police Department", "Homeland Security" for the "Department of
 * Homeland Security": the full name without its head word. Read as a person's, such a name is
 * the body's too when no given name opens it and no title comes before it ("Al Arabiya
 * reported" beside "Al Arabiya News", "editor of PC Pro" beside "PC Pro Magazine").
 */
function headlessOrgFor(g: MentionGroup, orgs: readonly MentionGroup[]): MentionGroup | undefined {
  if (g.words.length < 2 || g.type === 'place') return undefined;
  const personal = isGivenName(g.words[0] ?? '') || g.mentions.some((m) => m.title !== undefined);
  if (g.type === 'person' && personal) return undefined;
  // Compared as written: the key of "Detroit Police Department" is "department of detroit police".
  return orgs.find((o) =>
    o.mentions.some((m) => {
      const head = m.words[m.words.length - 1] ?? '';
      const headFirst = m.words[1] === 'of' && m.words.slice(2).join(' ') === g.key;
      const headLast = m.words.slice(0, -1).join(' ') === g.key;
      return (
        (ORG_SUFFIXES.has(head) && headLast) || (ORG_SUFFIXES.has(m.words[0] ?? '') && headFirst)
      );
    }),
  );
}

/**
 * "United Kingdom Home Office" and "Saudi Arabia's Civil Defense Authority" for the "Home
 * Office" and the "Civil Defense Authority" the text also names, "U.S. Capitol" for the
 * "Capitol": a body or a building under its country's name is the same one.
 */
function nationalOrgFor(
  g: MentionGroup,
  groups: readonly MentionGroup[],
): MentionGroup | undefined {
  const words = g.mentions[0]?.words ?? [];
  if (g.type === 'person' || words.length < 2) return undefined;
  const sameType = groups.filter((o) => o.type === g.type);
  for (let k = 1; k <= 3 && k < words.length; k++) {
    if (!isCountryName(words.slice(0, k).join(' '))) continue;
    const body = bodyNamed(words.slice(k).join(' '), g, sameType);
    if (body !== undefined) return body;
  }
  return undefined;
}

/**
 * "BBC Radio 4" for the "Radio 4" the text also names: a numbered station under its network's
 * name is the same station.
 */
function stationFor(g: MentionGroup, orgs: readonly MentionGroup[]): MentionGroup | undefined {
  const words = g.mentions[0]?.words ?? [];
  if (g.type !== 'organization' || !isKnownOrganization(words[0] ?? '')) return undefined;
  const rest = words.slice(1).join(' ');
  return /\d/.test(rest) ? bodyNamed(rest, g, orgs) : undefined;
}

/** The organization other than `g` that the text names exactly `name` somewhere. */
function bodyNamed(
  name: string,
  g: MentionGroup,
  orgs: readonly MentionGroup[],
): MentionGroup | undefined {
  return orgs.find((o) => o !== g && o.mentions.some((m) => m.words.join(' ') === name));
}

/**
 * "Houthi" for "Houthis" (also "Kurd", "Kurds"): a group the text names in the singular and
 * the plural. Not a listed name ("Jones", "Roberts") nor one the text gives a title.
 */
function pluralFor(g: MentionGroup, groups: readonly MentionGroup[]): MentionGroup | undefined {
  if (g.words.length !== 1 || g.type === 'place' || isListedName(g.key)) return undefined;
  if (g.mentions.some((m) => m.title !== undefined)) return undefined;
  return groups.find((o) => o.key === `${g.key}s` && o.type !== 'place');
}

/** Each body of several words whose head the text also writes in the plural, with that plural. */
function singularBodies(groups: readonly MentionGroup[]): [MentionGroup, MentionGroup][] {
  const bodies = groups.filter((g) => g.type === 'organization' && g.words.length > 1);
  const byKey = new Map(bodies.map((g) => [g.key, g]));
  return bodies.flatMap((g) => {
    const plural = byKey.get(`${g.key}s`);
    return plural === undefined ? [] : [[g, plural] as [MentionGroup, MentionGroup]];
  });
}
