/**
 * Capitalised words for things, not names: acronyms used as common nouns ("DNA evidence", "a
 * GPS"), faiths and scriptures ("Islam", "the Bible", "the New Testament"), peoples named by
 * their faith ("Coptic Christians"), awards and the New Year. None of them is a person,
 * organization or place. The lists are written for this project.
 */
import { isGivenName } from './lexicon.js';

/** Acronyms that English uses as ordinary nouns. */
const COMMON_ACRONYMS = new Set(
  `dna rna iq gps atm mri ct suv uav atv rv tv pc cpr ied rpg ufo dui gif pdf url sms
  ipo gdp mw kw gw kwh mph lcd dvd hdtv hd cd vcr ip tcp voip wap gprs rfid ascii dsl
  adsl usb mp3 wifi p2p q&a id pr pe fdi vhs gsm lgbt lgbtq r&b
  obe mbe cbe kbe dbe frs frbs qc kc phd`.split(/\s+/),
);

/** Faiths, their law, their scriptures, and God by his Arabic name ("Allah" alone). */
const FAITHS = new Set(
  `islam christianity judaism hinduism buddhism sikhism catholicism protestantism sharia
  shariah bible koran quran torah talmud allah wicca shinto`.split(/\s+/),
);

/** Members of a faith: "Assyrian Christians", "Coptic Christians", "Rohingya Muslims". */
const FAITH_MEMBERS = new Set(
  `christian christians muslim muslims jew jews catholic catholics protestant protestants
  hindu hindus buddhist buddhists sikh sikhs copt copts adventist adventists baptist baptists
  methodist methodists evangelical evangelicals`.split(/\s+/),
);

/** Awards: "won an Oscar", "the Grammys" (a first name alone is seldom how news names a person). */
const AWARDS = new Set(`oscar oscars emmy emmys grammy grammys bafta baftas`.split(/\s+/));

/** Awards of two words: "won a Golden Globe", "awarded the Silver Star", "the Crystal Globe". */
const AWARD_NAMES = new Set(
  `golden globe, golden globes, silver star, silver stars, bronze star, bronze stars, purple
  heart, purple hearts, navy cross, navy crosses, victoria cross, george cross, military cross,
  crystal globe, crystal globes, ballon d'or`
    .split(',')
    .map((name) => name.trim().replace(/\s+/g, ' ')),
);

/**
 * An event, a document or a season named by one word: "after the Holocaust", "the
 * Constitution's 25th Amendment", "in the Spring" (longer names keep it: "Holocaust Memorial
 * Museum", "Arab Spring").
 */
const ONE_WORD_THINGS = new Set(['holocaust', 'constitution', 'proclamation', 'spring', 'autumn']);

/** Languages with no people or place of the same name: "written in Aramaic". */
const LANGUAGES = new Set(
  `arabic aramaic hebrew urdu hindi mandarin cantonese swahili farsi pashto dari punjabi
  bengali tamil sanskrit gaelic yiddish esperanto`.split(/\s+/),
);

/** Every kind of thing named by one word, looked up once per mention. */
const ONE_WORD_NAMES: ReadonlySet<string> = new Set([
  ...COMMON_ACRONYMS,
  ...FAITHS,
  ...AWARDS,
  ...ONE_WORD_THINGS,
  ...LANGUAGES,
]);

/** Last words of scripture names: "New Testament", "Gospel of John" ends elsewhere. */
const SCRIPTURE_HEADS = new Set(['testament', 'bible', 'koran', 'quran', 'torah']);

/** The parts of a mention this check reads. */
export interface ThingWords {
  words: readonly string[];
}

/**
 * "SUV" of "a Mercedes-Benz SUV": an acronym for a kind of thing, after the name it is of; and
 * honours and degrees after a person's name ("Elton John CBE").
 */
export function isCommonAcronym(lower: string): boolean {
  return COMMON_ACRONYMS.has(lower);
}

export function isThing(m: ThingWords): boolean {
  const [first, ...rest] = m.words;
  if (first === undefined) return false;
  if (rest.length === 0) return ONE_WORD_NAMES.has(first) || isDoctrineWord(first);
  const last = rest[rest.length - 1] ?? '';
  // A people named by its faith: a group, not a person ("Christian Bale" opens with a given
  // name; "Roman Catholics" do not).
  const faithful = !isGivenName(first) || first === 'roman';
  if (rest.length === 1 && FAITH_MEMBERS.has(last) && faithful) return true;
  const whole = m.words.join(' ');
  // "the U.S. Constitution", "the Constitution of Malawi": a document, as alone.
  const charter = last === 'constitution' || (first === 'constitution' && rest[0] === 'of');
  return charter || SCRIPTURE_HEADS.has(last) || NEW_YEARS.has(whole) || AWARD_NAMES.has(whole);
}

/**
 * "Islamism", "Salafists", "Islamophobic", "Kafkaesque", "Snowmageddon": a doctrine, its
 * followers, a manner or a coined event, by its ending; no one is named so. (Not one follower:
 * "McCoist", "Lindqvist" are surnames.)
 */
function isDoctrineWord(word: string): boolean {
  return /^\p{L}{3,}(?:ism|isms|ists|phobia|phobic|esque|mageddon|pocalypse)$/u.test(word);
}

/** "the New Year", "Lunar New Year": a holiday (Christmas, Easter and the like are one word). */
const NEW_YEARS = new Set(['new year', 'lunar new year', 'chinese new year', 'new year eve']);
