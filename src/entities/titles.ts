/**
 * Titles before a name: "Attorney General Jeff Sessions", "Defense Secretary Robert Gates",
 * "Deputy U.S. Marshal Josie Wells". They are the person's role, never part of the name.
 */
import { canonicalOf } from './canonical.js';
import {
  isCommonWord,
  isGivenName,
  isKnownOrganization,
  isKnownPlace,
  placeHeadWords,
} from './lexicon.js';
import { lookupKey, type Token } from './tokens.js';
import {
  CHAMBERS,
  JOB_MODIFIERS,
  JOB_NOUNS,
  ORG_SUFFIXES,
  PORTFOLIOS,
  ROLE_NOUNS,
  TITLE_PREFIXES,
  TITLES,
} from './word-lists.js';

/** A word that may open a title before its title word: "House", "Minority", "Defense". */
export function opensTitleWord(word: string): boolean {
  const key = lookupKey(word);
  return CHAMBERS.has(key) || PORTFOLIOS.has(key) || TITLE_PREFIXES.has(key);
}

/** A capitalised title word: "Senator", "Gov.", "Attorney-General", "Correspondent". */
export function isTitle(t: Token | undefined): boolean {
  return (
    t !== undefined &&
    t.cap &&
    lookupKey(t.text)
      .split('-')
      .every((w) => TITLES.has(w) || JOB_NOUNS.has(w))
  );
}

/** Levels of office that are also the head of a place's name ("Cook County", "Kansas City"). */
const PLACE_LEVELS = new Set(['county', 'city']);

/** Services whose name opens a title when no place or body comes before: "Police Chief". */
const SERVICES = new Set(['police', 'fire']);

/**
 * Where a title opens and closes in a run of capitalised words (`idx` holds token indices),
 * as positions in `idx`; undefined when the run holds none.
 */
export function findTitle(
  tokens: readonly Token[],
  idx: readonly number[],
): { start: number; end: number } | undefined {
  // A portfolio before a title is part of it: "Defense Secretary Robert Gates"; so are a rank
  // and a level of office ("Major General ...", "State Trooper ..."), the country between
  // them too ("Assistant U.S. Attorney ...").
  // Prefixes may be chained: "Supervisory Special Agent Jason Pack".
  // So is the chamber: "House Minority Leader", "Senate Majority Whip" (not the White House's).
  const portfolio = (n: number): boolean => {
    const key = lookupKey(tokens[idx[n] ?? -1]?.text ?? '');
    const white = lookupKey(tokens[idx[n - 1] ?? -1]?.text ?? '') === 'white';
    const chamber = CHAMBERS.has(key) && !white;
    // "Police Chief Calvin Williams" (but "Detroit Police Chief ..." names the force).
    const service = SERVICES.has(key) && n === 0;
    if (
      !PORTFOLIOS.has(key) &&
      !TITLE_PREFIXES.has(key) &&
      !JOB_MODIFIERS.has(key) &&
      !chamber &&
      !service
    )
      return false;
    const next = tokens[idx[n + 1] ?? -1];
    return (
      isTitle(next) ||
      (isNationalTag(next) && isTitle(tokens[idx[n + 2] ?? -1])) ||
      portfolio(n + 1)
    );
  };
  // "Teammate Viktor Troicki said": a role noun capitalised only because a sentence opens
  // with it, before a given name.
  const roleAtStart = (n: number): boolean => {
    const t = tokens[idx[n] ?? -1];
    const next = lookupKey(tokens[idx[n + 1] ?? -1]?.text ?? '');
    return (
      n === 0 && t?.sentenceStart === true && ROLE_NOUNS.has(lookupKey(t.text)) && isGivenName(next)
    );
  };
  // A title word after a given name is a surname: "Stephen King", "Martin Luther King Jr.".
  // A portfolio after "of" ends a body's name: "National Institutes of Health Director ...".
  const afterOf = (n: number): boolean => tokens[idx[n - 1] ?? -1]?.text === 'of';
  // (Not when the given name ends a place, "North Carolina Gov. Pat McCrory", or a given name
  // follows the title: "Madison Mayor Paul Soglin".)
  const wordsBefore = (n: number, count: number): string =>
    idx
      .slice(Math.max(0, n - count), n)
      .map((k) => lookupKey(tokens[k]?.text ?? ''))
      .join(' ');
  const wordAt = (n: number): string => lookupKey(tokens[idx[n] ?? -1]?.text ?? '');
  const afterGivenName = (n: number): boolean =>
    n > 0 &&
    isGivenName(wordAt(n - 1)) &&
    !isGivenName(wordAt(n + 1)) &&
    ![1, 2, 3].some((count) => isKnownPlace(wordsBefore(n, count)));
  // "Bristol County District Attorney ...", "Kansas City Mayor ...": a county's or a city's
  // head after its name belongs to the place, not to the title.
  const placeHead = (n: number): boolean => n > 0 && PLACE_LEVELS.has(wordAt(n));
  const start = idx.findIndex(
    (k, n) =>
      (isTitle(tokens[k]) || (portfolio(n) && !afterOf(n) && !placeHead(n)) || roleAtStart(n)) &&
      !afterGivenName(n),
  );
  if (start < 0) return undefined;
  let end = start;
  while (end + 1 < idx.length && (isTitleOrOf(tokens, idx, end + 1) || portfolio(end + 1))) end++;
  return { start, end };
}

/** "Secretary of State", "Chancellor of the Exchequer": "of (the) X" stays in the title. */
function isTitleOrOf(tokens: readonly Token[], idx: readonly number[], pos: number): boolean {
  const t = tokens[idx[pos] ?? -1];
  if (isTitle(t)) return true;
  const prev = tokens[idx[pos - 1] ?? -1];
  if (t?.text === 'of' || (t?.text === 'the' && prev?.text === 'of')) return true;
  // Between title words (a name still to follow): the country ("Deputy U.S. Marshal Josie
  // Wells"), a word describing the job ("Chief Political Correspondent Dana Bash") or an
  // organization word ("Deputy Police Chief Keizo Okumoto").
  const key = lookupKey(t?.text ?? '');
  const between = isNationalTag(t) || isJobWord(key) || ORG_SUFFIXES.has(key);
  if (between && isTitle(tokens[idx[pos + 1] ?? -1]) && pos + 2 < idx.length) return true;
  // "Chancellor of the Exchequer": the word after "of" (or "of the") is in the title, and so
  // are the words after it up to a given name, two words always left for the name ("President
  // of the United States Barack Obama").
  const afterOf =
    prev?.text === 'of' || (prev?.text === 'the' && tokens[idx[pos - 2] ?? -1]?.text === 'of');
  if (afterOf) return pos + 1 < idx.length;
  const inObject = idx.slice(0, pos).some((k) => tokens[k]?.text === 'of');
  return inObject && !isGivenName(key) && pos + 2 < idx.length;
}

/** "U.S.", "U.N.", "UK", "EU": the body a title belongs to, written between title words. */
function isNationalTag(t: Token | undefined): boolean {
  return t !== undefined && NATIONAL_TAGS.has(lookupKey(t.text));
}

const NATIONAL_TAGS = new Set(['us', 'un', 'uk', 'eu']);

/**
 * "Lufthansa CEO", "Economics Minister": a run ending in a job with no name after it. Returns
 * what may stay a name (the employer, "Lufthansa"; nothing of "Medical"), or undefined when
 * the run does not end in a job.
 */
export function withoutTrailingJob(
  tokens: readonly Token[],
  idx: readonly number[],
): number[] | undefined {
  const last = tokens[idx[idx.length - 1] ?? -1];
  if (idx.length < 2 || last === undefined || !JOB_NOUNS.has(lookupKey(last.text)))
    return undefined;
  // After a given name the word is a surname: "Louise Mayor".
  if (isGivenName(lookupKey(tokens[idx[idx.length - 2] ?? -1]?.text ?? ''))) return undefined;
  // "The Hollywood Reporter" is a publication's name.
  const phrase = idx.map((k) => lookupKey(tokens[k]?.text ?? '')).filter((w) => w !== 'the');
  if (isKnownOrganization(phrase.join(' '))) return undefined;
  // The job's own words go too: "Wayne County Medical Examiner" leaves "Wayne County".
  let end = idx.length - 1;
  while (end > 0 && isJobWord(lookupKey(tokens[idx[end - 1] ?? -1]?.text ?? ''))) end--;
  return idx.slice(0, end);
}

/**
 * A word that may describe a job: "Medical" of "Medical Examiner", "Wine" of "Wine Editor";
 * not the head of a place or body ("County" of "Wayne County Medical Examiner"), nor a known
 * name.
 */
function isJobWord(key: string): boolean {
  if (JOB_MODIFIERS.has(key)) return true;
  // "Labour MPs", "the US President": a name the lexicon also has as a word is the employer.
  if (canonicalOf(key) !== undefined || isKnownOrganization(key)) return false;
  // "the Defense Secretary", "the White House Press Secretary" (not the county of "Wayne County
  // Medical Examiner").
  if (PORTFOLIOS.has(key) || CHAMBERS.has(key)) return true;
  return isCommonWord(key) && !placeHeadWords.has(key) && !ORG_SUFFIXES.has(key);
}
