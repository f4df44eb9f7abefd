import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Command } from 'commander';
import { AnalysisCache, answerQuestion, type Answer } from '../../../src/ask/index.js';
import { InvalidInputError } from '../../../src/errors.js';
import { systemClock } from '../../../src/schedule/clock.js';
import { openSqliteStore } from '../../../src/store/sqlite/open.js';
import type { Article } from '../../../src/model.js';
import type { Store } from '../../../src/store/store.js';
import { cliContext } from '../context.js';
import { streamJsonl } from '../jsonl.js';
import { articleFromLine } from './ingest.js';

interface AskFlags {
  jsonl?: boolean;
}

export function register(program: Command): void {
  program
    .command('ask')
    .description('Answer a question with sentences from the stored articles.')
    .argument('[question]', 'the question, e.g. "What did Graham say about Sessions?"')
    .option(
      '--jsonl',
      'stream: article lines {"kind":"article","id","title","text"} then question lines {"kind":"question","id","question"} → {"id","answer"}',
    )
    .addHelpText(
      'after',
      '\nExamples:\n  newsdigest ask "What did Lindsey Graham say about Sessions?"\n  newsdigest ask --jsonl < questions.jsonl',
    )
    .action(async (question: string | undefined, flags: AskFlags, command: Command) => {
      if (flags.jsonl === true) return askStream();
      const context = cliContext(command);
      const store = await context.openStore();
      try {
        const answer = await answerQuestion(question ?? '', {
          store,
          clock: systemClock,
          userKey: 'cli',
        });
        process.stdout.write(renderAnswer(answer));
      } finally {
        await store.close();
      }
    });
}

function renderAnswer(answer: Answer): string {
  if (answer.kind === 'none') return `${answer.message}\n`;
  const note = answer.note === undefined ? '' : `${answer.note}\n`;
  return (
    note +
    answer.items
      .map((item) => {
        const where = [item.source, item.publishedAt?.slice(0, 10), item.url].filter(Boolean);
        return `${item.text}\n  — ${where.join(', ')}\n`;
      })
      .join('')
  );
}

/** Articles go into a fresh temporary store, then each question is answered from it. */
async function askStream(): Promise<void> {
  const dir = mkdtempSync(path.join(tmpdir(), 'newsdigest-ask-'));
  let store: Store | undefined;
  try {
    store = await openSqliteStore(path.join(dir, 'ask.db'));
    const cache = new AnalysisCache(100_000);
    const open = store;
    let pending: Article[] = [];
    const flush = async (): Promise<void> => {
      if (pending.length === 0) return;
      await open.saveArticles(pending);
      pending = [];
    };
    // Article lines write nothing; each question line gets its answer line.
    await streamJsonl(process.stdin, process.stdout, async (value, id) => {
      if (value['kind'] === 'article') {
        // Articles are batched: one transaction for a run of article lines.
        pending.push(articleFromLine(value, id));
        if (pending.length >= 500) await flush();
        return undefined;
      }
      if (value['kind'] !== 'question') {
        throw new InvalidInputError('"kind" must be "article" or "question".');
      }
      await flush();
      const question = value['question'];
      if (typeof question !== 'string') {
        throw new InvalidInputError('"question" must be a string.');
      }
      const answer = await answerQuestion(question, { store: open, clock: systemClock, cache });
      return {
        answer:
          answer.kind === 'answer'
            ? answer.items.map((item) => ({ articleId: item.articleId, text: item.text }))
            : [],
        ...(answer.kind === 'none' && { message: answer.message }),
        ...(answer.kind === 'answer' && answer.note !== undefined && { message: answer.note }),
      };
    });
  } finally {
    await store?.close();
    rmSync(dir, { recursive: true, force: true });
  }
}
