/**
 * Canonical names for things written several ways: "U.S." = "USA" = "United States",
 * "Justice Department" = "Department of Justice", "Russia" = "Russian Federation".
 * Keys are lookup forms (lower case, dots removed, words joined by one space). Some rows also
 * give the short forms, as written, that news uses for the thing whatever the text at hand
 * writes: a headline or a question says "U.S." and "GOP" where the story spells them out.
 */
import type { EntityType } from '../model.js';

export interface Canonical {
  name: string;
  type: EntityType;
  /** Short forms as written ("U.S.", "GOP"); unambiguous, so any text may use them. */
  shortForms: readonly string[];
}

const TABLE: ReadonlyArray<[string, EntityType, string, string?]> = [
  [
    'United States',
    'place',
    'us|usa|united states|united states of america|america|usa|u s',
    'U.S.|USA',
  ],
  ['Britain', 'place', 'uk|united kingdom|britain|great britain', 'UK|United Kingdom'],
  ['Russia', 'place', 'russia|russian federation'],
  ['China', 'place', 'china|people republic of china|prc'],
  ['United Arab Emirates', 'place', 'uae|united arab emirates', 'UAE'],
  ['South Korea', 'place', 'south korea|republic of korea|korea republic'],
  ['North Korea', 'place', 'north korea|dprk|korea dpr'],
  ['Netherlands', 'place', 'netherlands|holland', 'Holland'],
  ['Washington', 'place', 'washington dc|washington'],
  ['New York', 'place', 'new york|new york city|nyc|big apple'],
  ['Mars', 'place', 'mars|red planet'],
  ['Los Angeles', 'place', 'los angeles|la', 'L.A.'],
  ['South Carolina', 'place', 'south carolina|sc'],
  ['United Nations', 'organization', 'un|united nations', 'U.N.'],
  ['European Union', 'organization', 'eu|european union', 'EU'],
  ['NATO', 'organization', 'nato|north atlantic treaty organization'],
  [
    'Department of Justice',
    'organization',
    'doj|justice department|department of justice',
    'Justice Department|DOJ',
  ],
  ['Federal Bureau of Investigation', 'organization', 'federal bureau of investigation'],
  ['Central Intelligence Agency', 'organization', 'central intelligence agency'],
  [
    'Pentagon',
    'organization',
    'pentagon|defense department|department of defense',
    'Defense Department',
  ],
  ['State Department', 'organization', 'state department|department of state'],
  [
    'Centers for Disease Control and Prevention',
    'organization',
    'cdc|centers for disease control|centers for disease control and prevention',
    'CDC',
  ],
  [
    'ISIS',
    'organization',
    'isis|isil|daesh|islamic state|islamic state of iraq and syria|islamic state of iraq and the levant|islamic state of iraq and levant',
    'ISIL|Islamic State',
  ],
  ['al Qaeda', 'organization', 'al qaeda|al-qaeda|al qaida|al-qaida|alqaeda'],
  [
    'al Qaeda in the Arabian Peninsula',
    'organization',
    'al qaeda in the arabian peninsula|al-qaeda in the arabian peninsula|aqap',
    'AQAP',
  ],
  [
    'al Qaeda in the Islamic Maghreb',
    'organization',
    'al qaeda in the islamic maghreb|al-qaeda in the islamic maghreb|aqim',
    'AQIM',
  ],
  ['Republican Party', 'organization', 'republican party|gop|grand old party', 'GOP'],
  ['Conservative Party', 'organization', 'conservative party|tory party|tories|tory', 'Tories'],
  ['Liberal Democrats', 'organization', 'liberal democrats|liberal democrat|lib dems|lib dem'],
  ['Labour Party', 'organization', 'labour party|labour', 'Labour'],
  ['UKIP', 'organization', 'ukip|uk independence party'],
  ['Manchester United', 'organization', 'manchester united|man utd|man united'],
  ['Manchester City', 'organization', 'manchester city|man city'],
  ['Barcelona', 'organization', 'barca|barça'],
  ['Hong Kong', 'place', 'hong kong|hk'],
  ['Gaza Strip', 'place', 'gaza strip|gaza', 'Gaza'],
  [
    'Affordable Care Act',
    'organization',
    'affordable care act|obamacare|aca|patient protection and affordable care act',
    'Obamacare|ACA',
  ],
  ['House of Commons', 'organization', 'house of commons|commons'],
  ['House of Lords', 'organization', 'house of lords|lords'],
  ["Standard & Poor's", 'organization', "standard & poor's|standard & poor|standard and poor|s&p"],
  [
    'Church of Jesus Christ of Latter-day Saints',
    'organization',
    'church of jesus christ of latter-day saints|lds church|lds|mormon church',
    'LDS Church|Mormon Church',
  ],
  [
    'Boy Scouts of America',
    'organization',
    'boy scouts of america|boy scouts|boy scout|bsa',
    'Boy Scouts',
  ],
  [
    'Federal Reserve',
    'organization',
    'federal reserve|fed|us federal reserve|us fed|federal reserve board|federal reserve system',
  ],
  ['Kremlin', 'organization', 'kremlin'],
  ['White House', 'organization', 'white house'],
];

const BY_KEY = new Map<string, Canonical>();
for (const [name, type, keys, short] of TABLE) {
  const shortForms = short === undefined ? [] : short.split('|');
  for (const key of keys.split('|')) BY_KEY.set(key, { name, type, shortForms });
}

/** The canonical name of a lookup key, if it is one of the known variants. */
export function canonicalOf(key: string): Canonical | undefined {
  return BY_KEY.get(key);
}

/**
 * A key that equal names share: "justice department" and "department of justice" both
 * give "department of justice"; a leading "the" is dropped.
 */
export function sameNameKey(words: readonly string[]): string {
  const w = words[0] === 'the' ? words.slice(1) : [...words];
  const joined = w.join(' ');
  const canonical = BY_KEY.get(joined);
  if (canonical !== undefined) return canonical.name.toLowerCase();
  const last = w[w.length - 1];
  if (w.length >= 2 && last !== undefined && REORDERED_HEADS.has(last)) {
    return `${last} of ${w.slice(0, -1).join(' ')}`;
  }
  return joined;
}

// "Defence Ministry" = "Ministry of Defence", "Treasury Department" = "Department of Treasury".
const REORDERED_HEADS = new Set(['department', 'ministry', 'bureau', 'office', 'commission']);
