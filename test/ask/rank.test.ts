import { describe, expect, it } from 'vitest';
import { analyzeArticle } from '../../src/ask/analysis.js';
import { extractEntities } from '../../src/entities/index.js';
import { rankCandidates, type QuestionSignals } from '../../src/ask/rank.js';
import { questionSurface, questionTerms } from '../../src/ask/terms.js';
import type { Article } from '../../src/model.js';

const article = (id: string, title: string, text: string): Article => ({
  id,
  source: 'Test',
  title,
  text,
});

/** A question whose terms all weigh the same, as if each were in one stored article. */
function signals(question: string): QuestionSignals {
  const terms = questionTerms(question);
  return {
    terms,
    surface: questionSurface(question),
    entities: [],
    weights: new Map(terms.map((term) => [term, 1])),
  };
}

const relevance = (question: string, ...articles: Article[]): Record<string, boolean> =>
  Object.fromEntries(
    rankCandidates(
      signals(question),
      articles.map((a) => ({ analysis: analyzeArticle(a) })),
    ).articles.map((ranked) => [ranked.analysis.article.id, ranked.relevant]),
  );

describe('rankCandidates relevance', () => {
  const apart = article(
    'apart',
    'City news',
    'The mayor opened the new bridge on Monday. Traffic was light all day. ' +
      'Shops on the high street stayed open late. Critics said the tolls were too high.',
  );
  const together = article(
    'together',
    'City news',
    'The mayor opened the new bridge on Monday. Critics said its tolls were too high. ' +
      'Traffic was light all day.',
  );
  const titled = article(
    'titled',
    'Bridge tolls anger drivers',
    'Drivers complained on Monday. Traffic was light all day.',
  );

  it('answers only when one sentence, two adjacent ones or the title join two question terms', () => {
    expect(relevance('Are the bridge tolls fair?', apart, together, titled)).toEqual({
      apart: false,
      together: true,
      titled: true,
    });
  });

  it('answers no longer question from a sentence that shares only two of its words', () => {
    const salaries = article(
      'salaries',
      'Kremlin pay',
      'As cheap oil and Western sanctions continue to batter Russia’s economy, President ' +
        'Vladimir Putin slashed Kremlin salaries, including his own, by 10% for the rest of ' +
        'the year, a spokesman said on Tuesday.',
    );
    expect(relevance("Soaring oil 'hits world economy'", salaries)).toEqual({ salaries: false });
    expect(relevance('Did cheap oil and sanctions batter the economy?', salaries)).toEqual({
      salaries: true,
    });
  });

  it('asks more of a short question: two common words of a headline are no answer', () => {
    const china = article(
      'china',
      'Defense budget',
      'Prices held steady in China in March. Its military budget rose on Thursday. ' +
        'Job growth slowed, officials said.',
    );
    const report = article('report', 'Jobs report', 'Steady job growth continues, it said.');
    // Rare words weigh more, as they would over a whole store.
    const question = {
      ...signals('Steady job growth continues in US'),
      weights: new Map([
        ['steady', 2],
        ['job', 0.5],
        ['growth', 0.5],
        ['continue', 2],
      ]),
    };
    const ranked = rankCandidates(
      question,
      [china, report].map((a) => ({ analysis: analyzeArticle(a) })),
    );
    expect(
      Object.fromEntries(ranked.articles.map((r) => [r.analysis.article.id, r.relevant])),
    ).toEqual({ china: false, report: true });
  });

  it('lets a single term answer a one-term question', () => {
    expect(relevance('Tolls?', apart)).toEqual({ apart: true });
  });
});

describe('rankCandidates surnames', () => {
  const bestRecall = (question: string, ...articles: Article[]): Record<string, number> =>
    Object.fromEntries(
      rankCandidates(
        { ...signals(question), entities: extractEntities(question) },
        articles.map((a) => ({ analysis: analyzeArticle(a) })),
      ).articles.map((ranked) => [
        ranked.analysis.article.id,
        Math.max(0, ...ranked.sentences.map((sentence) => sentence.recall)),
      ]),
    );

  it('lets a surname stand for the full name only in a story about that person', () => {
    const festival = 'Lee praised the film students at the festival.';
    const recall = bestRecall(
      'What did Spike Lee say about the film students?',
      article('full', 'Festival', `Spike Lee spoke in Cannes on Friday. ${festival}`),
      article('bare', 'Festival', festival),
      article('namesake', 'Singapore', `Lee Kuan Yew led Singapore for decades. ${festival}`),
    );
    expect(recall['full']).toBe(1);
    expect(recall['bare']).toBe(1);
    // "Lee" there is Lee Kuan Yew: the sentence lacks the question's "Spike".
    expect(recall['namesake']).toBeLessThan(1);
  });

  it('takes the family name whichever order the name is written in, past "Jr."', () => {
    const xi = bestRecall(
      'What did Xi Jinping say about trade?',
      article(
        'xi',
        'Visit',
        'Chinese President Xi Jinping landed in Paris. Xi said trade would grow.',
      ),
    );
    expect(xi['xi']).toBe(1);
    const king = bestRecall(
      'What did Martin Luther King Jr. say in Selma?',
      article('king', 'March', 'Martin Luther King Jr. marched in 1965. King spoke in Selma.'),
    );
    expect(king['king']).toBe(1);
  });
});

describe('rankCandidates names', () => {
  const relevantTo = (question: string, ...articles: Article[]): Record<string, boolean> =>
    Object.fromEntries(
      rankCandidates(
        { ...signals(question), entities: extractEntities(question) },
        articles.map((a) => ({ analysis: analyzeArticle(a) })),
      ).articles.map((ranked) => [ranked.analysis.article.id, ranked.relevant]),
    );

  it('matches a name only where the article writes it as a name, not a word it stems to', () => {
    const session = article(
      'session',
      'Senate',
      'Finalized during a rare weekend session, the bill runs to 2,702 pages. The session ' +
        'ended on Sunday.',
    );
    const sessions = article(
      'sessions',
      'Justice',
      'Attorney General Jeff Sessions spoke on Monday. Sessions said he would stay.',
    );
    expect(relevantTo('What did Sessions say?', session, sessions)).toEqual({
      session: false,
      sessions: true,
    });
  });

  it('reads a name in capitals or with other inner capitals as the name', () => {
    const campaign = article(
      'campaign',
      'Campaign',
      'The HeForShe campaign calls on men to back equality, its founders said.',
    );
    expect(relevantTo('What does the HeforShe campaign call for?', campaign)).toEqual({
      campaign: true,
    });
  });
});

describe('rankCandidates fitOf', () => {
  it('scores a trimmed sentence above the whole one when the cut part is off the question', () => {
    const bridge = analyzeArticle(
      article(
        'bridge',
        'Bridge closes',
        'The works will last eleven weeks, the transport office said. Buses will use the ring road.',
      ),
    );
    const ranking = rankCandidates(signals('How long will the bridge works last?'), [
      { analysis: bridge },
    ]);
    const whole = ranking.fitOf(
      'The works will last eleven weeks, the transport office said.',
      bridge,
    );
    const trimmed = ranking.fitOf('The works will last eleven weeks…', bridge);
    expect(trimmed.recall).toBe(whole.recall);
    expect(trimmed.fit).toBeGreaterThan(whole.fit);
  });
});
