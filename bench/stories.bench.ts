/**
 * Story clustering benchmark (issue 5): B-cubed precision/recall/F1 on the AllSides dev set
 * (left/centre/right articles on one event), shuffled with a fixed seed, for our clustering
 * through the built CLI (`newsdigest cluster --jsonl`), a tf-idf single-link baseline at its best
 * threshold, and each article alone; then the time to cluster 1k, 5k and 20k synthetic articles.
 * Four parameters of the clustering were tuned on this dev set (see src/stories/cluster.ts).
 */
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { bCubed, type BCubed } from './bcubed.js';
import { cliPath, loadEvalSet } from './eval-data.js';
import { syntheticArticles, type ClusterRow } from './synthetic-stories.js';
import { tfidfSingleLink } from './tfidf-single-link.js';
import { clusterIndices } from '../src/stories/cluster.js';

/** A small seeded generator (mulberry32) so the shuffle is the same on every run. */
function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function shuffled<T>(items: readonly T[], seed: number): T[] {
  const random = seededRandom(seed);
  const out = [...items];
  for (let i = out.length - 1; i > 0; i -= 1) {
    const j = Math.floor(random() * (i + 1));
    [out[i], out[j]] = [out[j] as T, out[i] as T];
  }
  return out;
}

function labelsOf(rows: readonly ClusterRow[], groups: number[][]): Map<string, string> {
  const labels = new Map<string, string>();
  groups.forEach((group, k) => group.forEach((i) => labels.set(rows[i]?.id ?? '', String(k))));
  return labels;
}

function viaCli(rows: readonly ClusterRow[]): Map<string, string> {
  const input = rows.map(({ id, title, text }) => JSON.stringify({ id, title, text })).join('\n');
  const run = spawnSync(process.execPath, [cliPath, 'cluster', '--jsonl'], {
    input,
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
  });
  if (run.status !== 0) throw new Error(`cluster --jsonl failed: ${run.stderr}`);
  const labels = new Map<string, string>();
  for (const line of run.stdout.split('\n').filter((l) => l.trim() !== '')) {
    const out = JSON.parse(line) as { id: string; story?: string; error?: string };
    if (out.story !== undefined) labels.set(out.id, out.story);
  }
  return labels;
}

const pct = (x: number) => (100 * x).toFixed(1).padStart(5);
const row = (name: string, score: BCubed) =>
  console.log(
    `| ${name.padEnd(38)} | ${pct(score.precision)} | ${pct(score.recall)} | ${pct(score.f1)} |`,
  );

export default async function run(): Promise<void> {
  const dev = loadEvalSet<ClusterRow>('clusters_allsides_dev');
  if (dev === undefined) return;
  const rows = shuffled(dev, 20211019);
  const gold = new Map(rows.map((r) => [r.id, r.story]));
  const stories = new Set(rows.map((r) => r.story)).size;

  console.log(
    `AllSides dev: ${rows.length} articles, ${stories} stories (shuffled, seed 20211019)\n`,
  );
  console.log('| method                                 | B³ P  | B³ R  | B³ F1 |');
  console.log('|----------------------------------------|-------|-------|-------|');
  if (existsSync(cliPath)) {
    row('ours (newsdigest cluster --jsonl)', bCubed(viaCli(rows), gold));
  } else {
    console.log(`| ours: skipped, ${cliPath} is missing (npm run build) |`);
  }
  let best: { threshold: number; score: BCubed } | undefined;
  for (const threshold of [0.15, 0.2, 0.25, 0.3, 0.35, 0.4, 0.45, 0.5]) {
    const score = bCubed(labelsOf(rows, tfidfSingleLink(rows, threshold)), gold);
    if (best === undefined || score.f1 > best.score.f1) best = { threshold, score };
  }
  if (best) row(`tf-idf single-link (best t=${best.threshold})`, best.score);
  row('each article alone', bCubed(new Map(rows.map((r) => [r.id, r.id])), gold));

  console.log('\nTiming, clusterArticles in-process on synthetic copies of the dev set:');
  console.log('(each copy renames every uncommon word, so copies are distinct stories)\n');
  console.log('| articles | wall ms | CPU ms | B³ F1 |');
  console.log('|---------:|--------:|-------:|------:|');
  for (const count of [1_000, 5_000, 20_000]) {
    const articles = syntheticArticles(dev, count);
    const cpu = process.cpuUsage();
    const start = performance.now();
    const groups = clusterIndices(articles);
    const wall = performance.now() - start;
    const used = process.cpuUsage(cpu);
    const score = bCubed(labelsOf(articles, groups), new Map(articles.map((a) => [a.id, a.story])));
    console.log(
      `| ${String(count).padStart(8)} | ${wall.toFixed(0).padStart(7)} | ${((used.user + used.system) / 1000).toFixed(0).padStart(6)} | ${pct(score.f1)} |`,
    );
  }
}
