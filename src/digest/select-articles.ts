import type { Article } from '../model.js';
import { entityMatches, extractEntities } from '../entities/index.js';

/**
 * The articles a digest is about: all of them, or those that mention the topic or one of the
 * keywords, either as a whole word of the title or text or as an entity alias.
 */
export function selectArticles(
  articles: Article[],
  filter: { topic?: string; keywords?: string[] },
): Article[] {
  const terms = [filter.topic, ...(filter.keywords ?? [])]
    .map((term) => term?.trim() ?? '')
    .filter((term) => term !== '');
  if (terms.length === 0) return articles;
  const patterns = terms.map((term) => new RegExp(`(^|\\W)${escapeRegExp(term)}(\\W|$)`, 'iu'));
  return articles.filter((article) => {
    const haystack = `${article.title}\n${article.text}`;
    if (patterns.some((pattern) => pattern.test(haystack))) return true;
    const entities = extractEntities(article.text, { title: article.title });
    return terms.some((term) => entities.some((entity) => entityMatches(entity, term)));
  });
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
