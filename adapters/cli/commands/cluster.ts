import type { Command } from 'commander';
import { InvalidInputError } from '../../../src/errors.js';
import { clusterIndices, type ClusterInput } from '../../../src/stories/cluster.js';
import { readJsonl, writeJsonl, type JsonlLine } from '../jsonl.js';

export function register(program: Command): void {
  program
    .command('cluster')
    .description('Group articles about the same event into stories.')
    .option('--jsonl', 'stream: stdin lines {"id","title","text"?} → {"id","story"}')
    .addHelpText(
      'after',
      '\nEqual "story" values mean the same story. Lines may carry "publishedAt" (ISO 8601).\n' +
        'Example:\n  newsdigest cluster --jsonl < articles.jsonl',
    )
    .action(async (flags: { jsonl?: boolean }) => {
      if (flags.jsonl !== true) {
        throw new InvalidInputError('cluster reads a stream: use `newsdigest cluster --jsonl`.');
      }
      await clusterStream();
    });
}

type Slot = { id: string | null; error: string } | { id: string; article: ClusterInput };

/** Checks one input line; a bad one becomes an error slot that keeps its place in the output. */
function toSlot(line: JsonlLine): Slot {
  if (!line.ok) return { id: line.id ?? null, error: line.error };
  if (line.id === undefined) return { id: null, error: '"id" must be a string or a number' };
  const { title, text, publishedAt } = line.value;
  if (typeof title !== 'string') return { id: line.id, error: '"title" must be a string' };
  if (text !== undefined && typeof text !== 'string') {
    return { id: line.id, error: '"text" must be a string when given' };
  }
  if (title.trim() === '' && (text ?? '').trim() === '') {
    return { id: line.id, error: 'an article needs a non-empty "title" or "text"' };
  }
  const article: ClusterInput = { id: line.id, title };
  if (text !== undefined) article.text = text;
  if (typeof publishedAt === 'string' && !Number.isNaN(Date.parse(publishedAt))) {
    article.publishedAt = publishedAt;
  }
  return { id: line.id, article };
}

/** Clustering needs the whole batch, so the stream is read first and answered in input order. */
async function clusterStream(): Promise<void> {
  const slots: Slot[] = [];
  for await (const line of readJsonl(process.stdin)) slots.push(toSlot(line));

  const articles: ClusterInput[] = [];
  const slotOfArticle: number[] = [];
  slots.forEach((slot, index) => {
    if ('article' in slot) {
      articles.push(slot.article);
      slotOfArticle.push(index);
    }
  });
  const storyOfSlot = new Map<number, string>();
  clusterIndices(articles).forEach((group, k) => {
    for (const member of group) storyOfSlot.set(slotOfArticle[member] ?? -1, `story-${k + 1}`);
  });

  for (const [index, slot] of slots.entries()) {
    if ('error' in slot) await writeJsonl(process.stdout, { id: slot.id, error: slot.error });
    else await writeJsonl(process.stdout, { id: slot.id, story: storyOfSlot.get(index) });
  }
}
