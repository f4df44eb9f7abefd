/**
 * Splits text into pieces of at most `max` characters, preferring to break at a newline, then
 * at a sentence end, then at a space; a single unbroken run longer than `max` is cut hard.
 * Nothing is dropped: joining the pieces with single spaces gives back the text's words.
 */
export function chunkText(text: string, max: number): string[] {
  const chunks: string[] = [];
  let rest = text.trim();
  while (rest.length > max) {
    const cut = breakPoint(rest, max);
    chunks.push(rest.slice(0, cut).trimEnd());
    rest = rest.slice(cut).trimStart();
  }
  if (rest.length > 0) chunks.push(rest);
  return chunks;
}

function breakPoint(text: string, max: number): number {
  const window = text.slice(0, max + 1);
  // Do not break inside an escape sequence like "&amp;": it would show as raw text.
  const safe = (index: number): boolean => !/&[a-z]*$/.test(text.slice(0, index));
  for (const pattern of [/\n/g, /[.!?]\s/g, /\s/g]) {
    let best = -1;
    for (const match of window.matchAll(pattern)) {
      const end = match.index + match[0].length - (match[0].endsWith(' ') ? 1 : 0);
      if (end > 0 && end <= max && safe(end)) best = end;
    }
    if (best > max / 2) return best;
  }
  let hard = max;
  while (hard > 1 && !safe(hard)) hard -= 1;
  return hard;
}
