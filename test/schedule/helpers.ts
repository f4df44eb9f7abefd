import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Article } from '../../src/model.js';

/** A fresh folder for a real SQLite file; the cleanup removes it. */
export function tempStoreFile(): { file: string; dir: string; cleanup: () => void } {
  const dir = mkdtempSync(path.join(tmpdir(), 'newsdigest-schedule-'));
  return {
    dir,
    file: path.join(dir, 'store.db'),
    cleanup: () => rmSync(dir, { recursive: true, force: true }),
  };
}

const topics = [
  ['harbour', 'The city council approved a new harbour expansion on Monday after a long debate.'],
  ['trains', 'Regional train operators announced extra night services for the winter season.'],
  ['library', 'The central library reopened after a two-year renovation with a new reading room.'],
  ['bridge', 'Engineers closed the old river bridge for inspection after cracks were reported.'],
  ['market', 'Farmers at the weekly market reported record prices for apples this autumn.'],
] as const;

/** A small distinct article; `n` picks the id, the topic and the wording. */
export function makeArticle(n: number, extra: Partial<Article> = {}): Article {
  const [topic, sentence] = topics[n % topics.length] ?? topics[0];
  return {
    id: `article-${n}`,
    url: `https://news.example.org/${topic}/${n}`,
    source: 'Example News',
    title: `Story ${n} about the ${topic}`,
    text:
      `${sentence} Officials said item ${n} would be reviewed again next month. ` +
      `Residents in district ${n} welcomed the decision and asked for more details.`,
    ...extra,
  };
}
