/**
 * Length-preserving normalisation for analysis: every character maps to exactly one
 * character, so offsets found in the normalised text are valid in the original.
 */
const REPLACEMENTS: Readonly<Record<string, string>> = {
  '\u2018': "'", // ‘
  '\u2019': "'", // ’
  '\u201a': "'", // ‚
  '\u201b': "'", // ‛
  '\u2032': "'", // ′
  '\u0060': "'", // `
  '\u00b4': "'", // ´
  '\u201c': '"', // “
  '\u201d': '"', // ”
  '\u201e': '"', // „
  '\u201f': '"', // ‟
  '\u2033': '"', // ″
  '\u00ab': '"', // «
  '\u00bb': '"', // »
  '\u2010': '-', // hyphen
  '\u2011': '-', // non-breaking hyphen
  '\u2012': '-', // figure dash
  '\u2013': '-', // en dash
  '\u2014': '-', // em dash
  '\u2015': '-', // horizontal bar
  '\u2212': '-', // minus sign
  '\u00a0': ' ', // no-break space
  '\u2007': ' ',
  '\u2009': ' ',
  '\u200a': ' ',
  '\u202f': ' ',
  '\u200b': ' ', // zero-width space
  '\u3000': ' ',
  '\t': ' ',
};

const PATTERN = new RegExp(`[${Object.keys(REPLACEMENTS).join('')}]`, 'gu');

/** Straight quotes, ASCII hyphens and plain spaces; `result.length === text.length`. */
export function normalizeText(text: string): string {
  return text.replace(PATTERN, (char) => REPLACEMENTS[char] ?? char);
}
