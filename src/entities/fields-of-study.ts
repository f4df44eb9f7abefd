/**
 * "professor of New Testament and Early Christianity", "Professor of Organizational
 * Behavior": the subject of an academic post or degree is a field of study, no name.
 */
import type { Mention } from './mentions.js';
import type { Token } from './tokens.js';

/**
 * Words whose "of" or "in" names a subject (not "chair" or "dean": "chair of the Fed"; nor
 * "reader": "a reader of The Guardian").
 */
const ACADEMIC_POSTS = new Set(
  `professor professors professorship lecturer lecturers degree degrees doctorate phd bachelor
  master`.split(/\s+/),
);

/** Posts that keep their sense capitalised ("Professor of ..."; not "the Masters in Augusta"). */
const CAPITALISED_POSTS = new Set(['professor', 'professors', 'professorship', 'lecturer']);

/**
 * Whether `m` is part of the subject after an academic post: the words back to "of" or "in"
 * are capitalised or join subjects ("and"), and a post comes before it.
 */
export function isFieldOfStudy(tokens: readonly Token[], m: Mention): boolean {
  // ("Professor of Organizational" may have been read as a title, as "Secretary of State".)
  if (m.title !== undefined) {
    const [post, preposition] = m.title.toLowerCase().split(' ');
    return ACADEMIC_POSTS.has(post ?? '') && (preposition === 'of' || preposition === 'in');
  }
  let k = m.first - 1;
  while (k >= 0) {
    const t = tokens[k];
    if (t === undefined || t.possessive) return false;
    if (t.word && t.cap) k -= 1;
    else if (t.text === 'and') k -= 1;
    else break;
  }
  const preposition = tokens[k]?.text;
  if (preposition !== 'of' && preposition !== 'in') return false;
  const post = tokens[k - 1];
  const word = post?.text.toLowerCase() ?? '';
  return (
    post?.word === true && ACADEMIC_POSTS.has(word) && (!post.cap || CAPITALISED_POSTS.has(word))
  );
}
