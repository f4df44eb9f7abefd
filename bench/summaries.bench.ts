/**
 * Summary quality and speed: ours vs Lead-3 vs node-summarizer (TextRank) vs lexrank on the
 * CNN/DailyMail dev set (3 sentences) and the BBC News Summary dev set (as many sentences as
 * the reference), scored with our ROUGE (bench/rouge.ts), plus throughput of the built CLI.
 */
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { performance } from 'node:perf_hooks';
import { summarizeArticle } from '../src/summarize/index.js';
import { segmentSentences } from '../src/text/segment.js';
import { cliPath, loadEvalSet } from './eval-data.js';
import { scoreRouge } from './rouge.js';

interface EvalRow {
  id: string;
  title?: string;
  text: string;
  summary: string;
}

type System = (row: EvalRow, sentences: number) => Promise<string[]>;

const require = createRequire(import.meta.url);
// Peers are CommonJS without types; their shapes are described where they are called.
const { SummarizerManager } = require('node-summarizer') as {
  SummarizerManager: new (
    text: string,
    sentences: number,
  ) => {
    getSummaryByRank(): Promise<{ summary: unknown; sentence_list: unknown } | undefined>;
  };
};
const lexrank = require('lexrank') as {
  summarize(
    text: string,
    lines: number,
    callback: (error: unknown, top: { text: string; index: number }[]) => void,
  ): void;
};

/** Peers that take ~10–25 ms an article may be limited with NEWSDIGEST_BENCH_PEER_LIMIT. */
const peerLimit = Number(process.env['NEWSDIGEST_BENCH_PEER_LIMIT'] ?? Infinity);

const ours: System = async (row, sentences) =>
  summarizeArticle(
    { text: row.text, ...(row.title !== undefined && { title: row.title }) },
    {
      sentences,
    },
  ).sentences.map((s) => s.text);

const lead: System = async (row, sentences) =>
  segmentSentences(row.text)
    .slice(0, sentences)
    .map((s) => s.text);

/** node-summarizer concatenates its picks; they are recovered from its own sentence list. */
const textRank: System = async (row, sentences) => {
  const result = await new SummarizerManager(row.text, sentences).getSummaryByRank();
  if (result === undefined || typeof result.summary !== 'string') return [];
  const candidates = Array.isArray(result.sentence_list)
    ? result.sentence_list.filter((s): s is string => typeof s === 'string')
    : [];
  const picked: string[] = [];
  let rest = result.summary;
  while (rest.length > 0) {
    const next = candidates
      .filter((s) => s.length > 0 && rest.startsWith(s))
      .sort((a, b) => b.length - a.length)[0];
    if (next === undefined) {
      picked.push(rest);
      break;
    }
    picked.push(next);
    rest = rest.slice(next.length);
  }
  return picked;
};

const lexRank: System = (row, sentences) =>
  new Promise((resolve) => {
    try {
      lexrank.summarize(row.text, sentences, (error, top) =>
        resolve(error ? [] : top.map((line) => line.text)),
      );
    } catch {
      resolve([]);
    }
  });

interface Scores {
  r1: number;
  r2: number;
  rl: number;
  n: number;
  /** Articles per second of the system called in this process. */
  rate: number;
}

async function evaluate(
  system: System,
  rows: EvalRow[],
  count: (row: EvalRow) => number,
): Promise<Scores> {
  let r1 = 0;
  let r2 = 0;
  let rl = 0;
  let elapsed = 0;
  for (const row of rows) {
    const reference = row.summary.split('\n');
    const started = performance.now();
    const summary = await system(row, count(row));
    elapsed += performance.now() - started;
    const scores = scoreRouge(summary, reference);
    r1 += scores.rouge1;
    r2 += scores.rouge2;
    rl += scores.rougeLsum;
  }
  const n = Math.max(1, rows.length);
  return {
    r1: (100 * r1) / n,
    r2: (100 * r2) / n,
    rl: (100 * rl) / n,
    n: rows.length,
    rate: (1000 * rows.length) / Math.max(1, elapsed),
  };
}

/** One run of `summarize --jsonl` in a fresh process: seconds from spawn to exit, and its output. */
async function runCli(input: string): Promise<{ seconds: number; output: string }> {
  const started = performance.now();
  const output = await new Promise<string>((resolve, reject) => {
    const child = spawn(process.execPath, [cliPath, 'summarize', '--jsonl'], {
      stdio: ['pipe', 'pipe', 'inherit'],
    });
    const chunks: Buffer[] = [];
    child.stdout.on('data', (chunk: Buffer) => chunks.push(chunk));
    child.on('error', reject);
    child.on('close', () => resolve(Buffer.concat(chunks).toString('utf8')));
    child.stdin.end(input);
  });
  return { seconds: (performance.now() - started) / 1000, output };
}

/** Runs of the CLI timed for the speed figure; the best is reported, the median beside it. */
const CLI_RUNS = 5;

/**
 * Streams the dev set through `summarize --jsonl` in one process and times the whole run, best
 * of CLI_RUNS with the median beside it (the machine is shared, and its neighbours only ever
 * slow a run down). Also reports the rate once the process is up: the best run minus the best
 * time of the same command on an empty stream.
 */
async function cliThroughput(rows: EvalRow[]): Promise<string> {
  if (!existsSync(cliPath)) return `skipped (no ${cliPath}; run npm run build)`;
  const input = rows.map((row) => JSON.stringify({ id: row.id, text: row.text })).join('\n') + '\n';
  const runs: { seconds: number; output: string }[] = [];
  let startUp = Infinity;
  for (let i = 0; i < CLI_RUNS; i += 1) {
    runs.push(await runCli(input));
    startUp = Math.min(startUp, (await runCli('')).seconds);
  }
  runs.sort((a, b) => a.seconds - b.seconds);
  const best = runs[0] as { seconds: number; output: string };
  const median = (runs[Math.floor(runs.length / 2)] as { seconds: number }).seconds;
  const lines = best.output.split('\n').filter((line) => line !== '');
  const errors = lines.filter((line) => line.includes('"error"')).length;
  const streaming = Math.max(1e-3, best.seconds - startUp);
  return `${Math.round(rows.length / best.seconds)} via CLI incl. start-up (${best.seconds.toFixed(2)} s, median ${median.toFixed(2)} s, ${lines.length - errors}/${rows.length} ok), ${Math.round(rows.length / streaming)} after start-up (${startUp.toFixed(2)} s)`;
}

/** A deterministic 50,000-word article: varied sentences over a news-like vocabulary. */
export function syntheticArticle(words: number): string {
  const vocabulary =
    'council minister police budget election court report market shares inflation storm flood school hospital union strike vote senator governor company profit talks ceasefire border trade deal investigation witness'.split(
      ' ',
    );
  const fillers = 'the of and to in on for with after before said that a'.split(' ');
  let seed = 42;
  const random = (): number => {
    seed = (seed * 1103515245 + 12345) % 2147483648;
    return seed / 2147483648;
  };
  const sentences: string[] = [];
  let total = 0;
  while (total < words) {
    const length = 8 + Math.floor(random() * 22);
    const sentence: string[] = [];
    for (let i = 0; i < length; i += 1) {
      const pool = random() < 0.5 ? vocabulary : fillers;
      sentence.push(pool[Math.floor(random() * pool.length)] ?? 'news');
    }
    const text = sentence.join(' ');
    sentences.push(`${text.charAt(0).toUpperCase()}${text.slice(1)}.`);
    total += length;
    if (sentences.length % 6 === 0) sentences.push('\n\n');
  }
  return sentences.join(' ');
}

function largeArticleTime(): string {
  const text = syntheticArticle(50_000);
  const times: number[] = [];
  for (let i = 0; i < 3; i += 1) {
    const started = performance.now();
    summarizeArticle({ text }, { sentences: 5 });
    times.push(performance.now() - started);
  }
  times.sort((a, b) => a - b);
  return `${Math.round(times[1] ?? 0)} ms`;
}

const fmt = (value: number | undefined): string => (value === undefined ? '—' : value.toFixed(2));

export default async function run(): Promise<void> {
  const cnn = loadEvalSet<EvalRow>('summaries_cnndm_dev');
  const bbc = loadEvalSet<EvalRow>('summaries_bbc_dev');
  if (cnn === undefined && bbc === undefined) {
    console.log('skipped: summaries — no evaluation data; nothing to score.');
    return;
  }
  const systems: [string, System, boolean][] = [
    ['newsdigest (ours)', ours, false],
    ['Lead-3 (BBC: Lead-k)', lead, false],
    ['node-summarizer TextRank', textRank, true],
    ['lexrank', lexRank, true],
  ];
  // The CLI is timed first, while this process is idle, so none of its own work can share
  // the two cores with the child.
  const cli = cnn === undefined ? undefined : await cliThroughput(cnn);
  console.log(
    '| system | CNN/DM R1 | R2 | RL | BBC R1 | R2 | RL | articles/s (CNN/DM) | 50,000-word article |',
  );
  console.log('|---|---:|---:|---:|---:|---:|---:|---:|---:|');
  for (const [name, system, peer] of systems) {
    const limit = peer ? peerLimit : Infinity;
    const c = cnn === undefined ? undefined : await evaluate(system, cnn.slice(0, limit), () => 3);
    const b =
      bbc === undefined
        ? undefined
        : await evaluate(system, bbc.slice(0, limit), (row) => row.summary.split('\n').length);
    const subset =
      (c !== undefined && cnn !== undefined && c.n < cnn.length) ||
      (b !== undefined && bbc !== undefined && b.n < bbc.length)
        ? ` (first ${c?.n ?? 0} CNN / ${b?.n ?? 0} BBC)`
        : '';
    const inProcess = c === undefined ? '—' : `${Math.round(c.rate)} in process`;
    const speed = system === ours && cli !== undefined ? `${cli}; ${inProcess}` : inProcess;
    const large = system === ours ? largeArticleTime() : '—';
    console.log(
      `| ${name}${subset} | ${fmt(c?.r1)} | ${fmt(c?.r2)} | ${fmt(c?.rl)} | ${fmt(b?.r1)} | ${fmt(b?.r2)} | ${fmt(b?.rl)} | ${speed} | ${large} |`,
    );
  }
  console.log(
    `\nROUGE F1 ×100 from bench/rouge.ts: Porter-stemmed, punctuation removed; RL is ROUGE-Lsum (union LCS over sentences). CNN/DM: ${cnn?.length ?? 0} dev articles, 3 sentences; BBC: ${bbc?.length ?? 0} dev articles, as many sentences as the reference. "via CLI" streams the CNN/DM dev set through \`node dist/adapters/cli/main.js summarize --jsonl\` in one process, timing the whole run (best of ${CLI_RUNS}, median beside it); "after start-up" subtracts the same command's time on an empty stream.`,
  );
}
