/**
 * Ask on CNN/DailyMail dev: questions are the first two highlights (six words or more) of each
 * article, the store is the 467 articles, the right source is the highlight's own article.
 * Ours runs through the built CLI (`newsdigest ask --jsonl`); the baseline (MiniSearch BM25
 * over whole articles, then the sentence sharing most words with the question) runs here, and
 * so do ceilings for ROUGE-1: the right article's best whole sentence, its best piece among
 * those ask may quote (a sentence or one of its clause cuts), and how far any verbatim run of
 * a sentence's comma-separated parts, or two of them, could go.
 */
import { spawnSync } from 'node:child_process';
import MiniSearch from 'minisearch';
import { sentencePieces } from '../src/ask/clauses.js';
import { segmentSentences } from '../src/text/segment.js';
import { words } from '../src/text/tokens.js';
import { cliPath, loadEvalSet } from './eval-data.js';
import { rougeN, rougeTokens } from './rouge.js';

interface Row {
  id: string;
  title?: string;
  text: string;
  summary: string;
}

interface Question {
  id: string;
  question: string;
  articleId: string;
}

export default async function run(): Promise<void> {
  const rows = loadEvalSet<Row>('summaries_cnndm_dev');
  if (rows === undefined) return;
  const questions: Question[] = rows.flatMap((row) =>
    row.summary
      .split('\n')
      .filter((highlight) => words(highlight).length >= 6)
      .slice(0, 2)
      .map((question, index) => ({ id: `${row.id}#${index}`, question, articleId: row.id })),
  );

  // Unrelated questions: titles of BBC news from 2004-05 (every third dev row), asked of the
  // 2015 CNN/DM store. The right reply is the no-answer one; some share topics, so not all.
  const unrelated = (loadEvalSet<Row>('summaries_bbc_dev') ?? [])
    .filter((row, index) => index % 3 === 0 && row.title !== undefined)
    .map((row, index) => ({ id: `unrelated#${index}`, question: row.title ?? '' }));

  const started = Date.now();
  const input = [
    ...rows.map((row) => ({ kind: 'article', id: row.id, title: row.title ?? '', text: row.text })),
    ...[...questions, ...unrelated].map((q) => ({
      kind: 'question',
      id: q.id,
      question: q.question,
    })),
  ]
    .map((line) => JSON.stringify(line))
    .join('\n');
  const child = spawnSync(process.execPath, [cliPath, 'ask', '--jsonl'], {
    input,
    encoding: 'utf8',
    maxBuffer: 256 * 1024 * 1024,
  });
  if (child.status !== 0) throw new Error(`ask --jsonl failed: ${child.stderr}`);
  const seconds = (Date.now() - started) / 1000;
  const answers = new Map<string, { articleId: string; text: string }[]>();
  for (const line of child.stdout.split('\n')) {
    if (line.trim() === '') continue;
    const parsed = JSON.parse(line) as {
      id: string;
      answer?: { articleId: string; text: string }[];
    };
    answers.set(parsed.id, parsed.answer ?? []);
  }
  const ours = score(questions, (q) => answers.get(q.id)?.[0]);

  const index = new MiniSearch<{ id: string; title: string; text: string }>({
    fields: ['title', 'text'],
    storeFields: ['text'],
  });
  index.addAll(rows.map((row) => ({ id: row.id, title: row.title ?? '', text: row.text })));
  const texts = new Map(rows.map((row) => [row.id, row.text]));
  const baseline = score(questions, (q) => {
    const top = index.search(q.question)[0];
    if (top === undefined) return undefined;
    const articleId = String(top.id);
    const wanted = new Set(words(q.question));
    const best = segmentSentences(texts.get(articleId) ?? '')
      .map((sentence) => ({
        text: sentence.text,
        overlap: words(sentence.text).filter((word) => wanted.has(word)).length,
      }))
      .sort((a, b) => b.overlap - a.overlap)[0];
    return best === undefined ? undefined : { articleId, text: best.text };
  });

  // The ceiling for a whole-sentence answer: the right article's sentence closest to the question.
  const sentencesOf = new Map(rows.map((row) => [row.id, segmentSentences(row.text)]));
  const ceiling = score(questions, (q) => {
    const reference = rougeTokens(q.question);
    const best = (sentencesOf.get(q.articleId) ?? [])
      .map((sentence) => ({
        text: sentence.text,
        f1: rougeN(rougeTokens(sentence.text), reference, 1),
      }))
      .sort((a, b) => b.f1 - a.f1)[0];
    return best === undefined ? undefined : { articleId: q.articleId, text: best.text };
  });
  // The ceiling for the pieces ask may quote: the right article's best sentence or clause cut.
  const pieceCeiling = score(questions, (q) => {
    const reference = rougeTokens(q.question);
    const best = (sentencesOf.get(q.articleId) ?? [])
      .flatMap((sentence) => sentencePieces(sentence.text))
      .map((piece) => ({
        text: piece.text,
        f1: rougeN(rougeTokens(piece.text), reference, 1),
      }))
      .sort((a, b) => b.f1 - a.f1)[0];
    return best === undefined ? undefined : { articleId: q.articleId, text: best.text };
  });

  // How far verbatim quoting can go at all, readable or not: the right article's best run of
  // a sentence's comma-separated parts ("…, X, Y, …" -> "X Y"), and the best two such runs of
  // two sentences (searched among each question's 25 best runs).
  const runsOf = new Map(
    rows.map((row) => [row.id, (sentencesOf.get(row.id) ?? []).map((s) => commaRuns(s.text))]),
  );
  // Each question's runs, best first, scored once for both ceilings.
  const bestRuns = new Map(
    questions.map((q) => {
      const reference = rougeTokens(q.question);
      const ranked = (runsOf.get(q.articleId) ?? [])
        .flatMap((runs, sentence) =>
          runs.map((text) => ({ sentence, text, f1: rougeN(rougeTokens(text), reference, 1) })),
        )
        .sort((a, b) => b.f1 - a.f1);
      return [q.id, ranked];
    }),
  );
  const runCeiling = score(questions, (q) => {
    const best = bestRuns.get(q.id)?.[0];
    return best === undefined ? undefined : { articleId: q.articleId, text: best.text };
  });
  const twoRunCeiling = score(questions, (q) => {
    const reference = rougeTokens(q.question);
    const top = (bestRuns.get(q.id) ?? []).slice(0, 25);
    let best = top[0] === undefined ? undefined : { text: top[0].text, f1: top[0].f1 };
    for (const a of top) {
      for (const b of top) {
        if (a.sentence >= b.sentence) continue;
        const text = `${a.text} ${b.text}`;
        const f1 = rougeN(rougeTokens(text), reference, 1);
        if (best === undefined || f1 > best.f1) best = { text, f1 };
      }
    }
    return best === undefined ? undefined : { articleId: q.articleId, text: best.text };
  });

  console.log(`${questions.length} questions over ${rows.length} articles (summaries_cnndm_dev)\n`);
  console.log('| system | accuracy@1 | ROUGE-1 F1 (first answer vs question) |');
  console.log('|---|---:|---:|');
  console.log(`| newsdigest ask --jsonl | ${pct(ours.accuracy)} | ${pct(ours.rouge1)} |`);
  console.log(
    `| MiniSearch BM25 + best-overlap sentence | ${pct(baseline.accuracy)} | ${pct(baseline.rouge1)} |`,
  );
  console.log(
    `| ceiling: the right article's sentence with the best ROUGE-1 | 100.0 | ${pct(ceiling.rouge1)} |`,
  );
  console.log(
    `| ceiling: the right article's sentence or clause cut (sentencePieces) with the best ROUGE-1 | 100.0 | ${pct(pieceCeiling.rouge1)} |`,
  );
  console.log(
    `| ceiling: the right article's best run of a sentence's comma-separated parts, readable or not | 100.0 | ${pct(runCeiling.rouge1)} |`,
  );
  console.log(
    `| ceiling: the best two such runs of two sentences | 100.0 | ${pct(twoRunCeiling.rouge1)} |`,
  );
  if (unrelated.length > 0) {
    const answered = unrelated.filter((q) => (answers.get(q.id)?.length ?? 0) > 0).length;
    console.log(
      `\nUnrelated questions (${unrelated.length} BBC dev titles) answered anyway: ${pct(answered / unrelated.length)}% (lower is better; the baseline always answers).`,
    );
  }
  console.log(
    `\nnewsdigest ask --jsonl took ${seconds.toFixed(1)} s (indexing included); targets: accuracy@1 ≥ 95%, ROUGE-1 ≥ 50.`,
  );
}

function score(
  questions: readonly Question[],
  answer: (q: Question) => { articleId: string; text: string } | undefined,
): { accuracy: number; rouge1: number } {
  let correct = 0;
  let rouge = 0;
  for (const q of questions) {
    const first = answer(q);
    if (first === undefined) continue;
    if (first.articleId === q.articleId) correct += 1;
    rouge += rougeN(rougeTokens(first.text), rougeTokens(q.question), 1);
  }
  return { accuracy: correct / questions.length, rouge1: rouge / questions.length };
}

/** Every run of a sentence's comma-separated parts of five words or more, joined by spaces. */
function commaRuns(sentence: string): string[] {
  const parts = sentence.split(/,\s+|;\s+|\s+--\s+|\s+—\s+/);
  const runs: string[] = [];
  for (let first = 0; first < parts.length; first += 1) {
    for (let last = first; last < parts.length; last += 1) {
      const run = parts.slice(first, last + 1).join(' ');
      if (words(run).length >= 5) runs.push(run);
    }
  }
  return runs;
}

function pct(value: number): string {
  return (100 * value).toFixed(1);
}
