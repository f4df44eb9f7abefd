import { createHash } from 'node:crypto';
import { canonicalizeUrl } from './canonical-url.js';

/**
 * Stable article ids and content fingerprints. An id is a hash of the canonical URL when there
 * is one, else of the text; the fingerprint catches the same text published under another URL.
 */

function hash(value: string): string {
  return createHash('sha256').update(value).digest('hex');
}

/** 16 hex characters: short enough for chat buttons, wide enough to never collide in practice. */
export function articleIdFor(input: { url?: string | undefined; text: string }): string {
  const canonical = input.url === undefined ? undefined : canonicalizeUrl(input.url);
  return hash(
    canonical !== undefined ? `url:${canonical}` : `text:${normalizeText(input.text)}`,
  ).slice(0, 16);
}

/** Case, punctuation and spacing do not make a different article. */
export function normalizeText(text: string): string {
  return text
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

/**
 * Below this many normalised characters two texts are too short to call the same article
 * (a one-line teaser such as "Developing story." is shared by unrelated items).
 */
const minFingerprintLength = 80;

/** A hash of the normalised text, or undefined when the text is too short to identify it. */
export function contentFingerprint(text: string): string | undefined {
  const normalized = normalizeText(text);
  if (normalized.length < minFingerprintLength) return undefined;
  return hash(normalized).slice(0, 32);
}
