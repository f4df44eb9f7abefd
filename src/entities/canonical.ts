/**
 * Canonical names for things written several ways: "U.S." = "USA" = "United States",
 * "Justice Department" = "Department of Justice", "Russia" = "Russian Federation".
 * Keys are lookup forms (lower case, dots removed, words joined by one space).
 */
import type { EntityType } from '../model.js';

interface Canonical {
  name: string;
  type: EntityType;
}

const TABLE: ReadonlyArray<[string, EntityType, string]> = [
  ['United States', 'place', 'us|usa|united states|united states of america|america|usa|u s'],
  ['Britain', 'place', 'uk|united kingdom|britain|great britain'],
  ['Russia', 'place', 'russia|russian federation'],
  ['China', 'place', 'china|people republic of china|prc'],
  ['United Arab Emirates', 'place', 'uae|united arab emirates'],
  ['South Korea', 'place', 'south korea|republic of korea'],
  ['North Korea', 'place', 'north korea|dprk'],
  ['Netherlands', 'place', 'netherlands|holland'],
  ['Washington', 'place', 'washington dc|washington'],
  ['New York', 'place', 'new york|new york city|nyc'],
  ['Los Angeles', 'place', 'los angeles|la'],
  ['South Carolina', 'place', 'south carolina|sc'],
  ['United Nations', 'organization', 'un|united nations'],
  ['European Union', 'organization', 'eu|european union'],
  ['NATO', 'organization', 'nato|north atlantic treaty organization'],
  ['Department of Justice', 'organization', 'doj|justice department|department of justice'],
  ['Federal Bureau of Investigation', 'organization', 'federal bureau of investigation'],
  ['Central Intelligence Agency', 'organization', 'central intelligence agency'],
  ['Pentagon', 'organization', 'pentagon|defense department|department of defense'],
  ['State Department', 'organization', 'state department|department of state'],
  [
    'Centers for Disease Control and Prevention',
    'organization',
    'cdc|centers for disease control|centers for disease control and prevention',
  ],
  [
    'ISIS',
    'organization',
    'isis|isil|islamic state|islamic state of iraq and syria|islamic state of iraq and the levant|islamic state of iraq and levant',
  ],
  ['al Qaeda', 'organization', 'al qaeda|al-qaeda|al qaida|al-qaida|alqaeda'],
  ['Republican Party', 'organization', 'republican party|gop|grand old party'],
  ['Conservative Party', 'organization', 'conservative party|tory party|tories|tory'],
  ['Liberal Democrats', 'organization', 'liberal democrats|liberal democrat|lib dems|lib dem'],
  ['Labour Party', 'organization', 'labour party|labour'],
  ['UKIP', 'organization', 'ukip|uk independence party'],
  ['Manchester United', 'organization', 'manchester united|man utd|man united'],
  ['Manchester City', 'organization', 'manchester city|man city'],
  ['Hong Kong', 'place', 'hong kong|hk'],
  ['Gaza Strip', 'place', 'gaza strip|gaza'],
  [
    'Affordable Care Act',
    'organization',
    'affordable care act|obamacare|aca|patient protection and affordable care act',
  ],
  ['House of Commons', 'organization', 'house of commons|commons'],
  ['House of Lords', 'organization', 'house of lords|lords'],
  ["Standard & Poor's", 'organization', "standard & poor's|standard & poor|standard and poor|s&p"],
  [
    'Church of Jesus Christ of Latter-day Saints',
    'organization',
    'church of jesus christ of latter-day saints|lds church|lds|mormon church',
  ],
  ['Boy Scouts of America', 'organization', 'boy scouts of america|boy scouts|boy scout|bsa'],
  ['Kremlin', 'organization', 'kremlin'],
  ['White House', 'organization', 'white house'],
];

const BY_KEY = new Map<string, Canonical>();
for (const [name, type, keys] of TABLE) {
  for (const key of keys.split('|')) BY_KEY.set(key, { name, type });
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
