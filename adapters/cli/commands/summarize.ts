import type { Command } from 'commander';
import { InvalidInputError } from '../../../src/errors.js';
import { summarizeArticle, type SummaryOptions } from '../../../src/summarize/index.js';
import { streamJsonl } from '../jsonl.js';
import { positiveInteger, ratio } from '../options.js';

interface SummarizeFlags {
  url?: string;
  sentences?: number;
  ratio?: number;
  maxChars?: number;
  json?: boolean;
  jsonl?: boolean;
}

export function register(program: Command): void {
  program
    .command('summarize')
    .description('Summarize one article with sentences taken verbatim from it.')
    .argument('[file]', 'article file (.txt with optional headers, .json, .html), or - for stdin')
    .option('--url <url>', 'fetch the article from a web page (through the address guard)')
    .option('--sentences <n>', 'number of sentences (default 3)', positiveInteger)
    .option('--ratio <r>', 'share of the article sentences to keep, 0 < r <= 1', ratio)
    .option('--max-chars <n>', 'length budget of the summary in characters', positiveInteger)
    .option('--json', 'print the summary as JSON with scores and offsets')
    .option('--jsonl', 'stream: stdin lines {"id","text","title"?,"sentences"?} → {"id","summary"}')
    .addHelpText(
      'after',
      '\nExamples:\n  newsdigest summarize seeds/000_e0db0117a95bea2e.txt --sentences 3\n  echo \'{"id":"a","text":"..."}\' | newsdigest summarize --jsonl',
    )
    .action(async (file: string | undefined, flags: SummarizeFlags, command: Command) => {
      const options = summaryOptions(flags);
      if (flags.jsonl === true) return summarizeStream(options);
      // Loaded here, not at the top: the readers pull in SQLite, undici and Readability, which
      // would cost the --jsonl stream most of its start-up time.
      const [{ cliContext }, { readArticle }] = await Promise.all([
        import('../context.js'),
        import('../read-article.js'),
      ]);
      const article = await readArticle(cliContext(command), file, flags.url);
      const summary = summarizeArticle(article, options);
      if (flags.json === true) {
        process.stdout.write(`${JSON.stringify({ title: article.title, ...summary }, null, 2)}\n`);
      } else {
        process.stdout.write(summary.sentences.map((sentence) => `${sentence.text}\n`).join(''));
      }
    });
}

function summaryOptions(flags: SummarizeFlags): SummaryOptions {
  return {
    ...(flags.sentences !== undefined && { sentences: flags.sentences }),
    ...(flags.ratio !== undefined && { ratio: flags.ratio }),
    ...(flags.maxChars !== undefined && { maxChars: flags.maxChars }),
  };
}

/** One process for the whole stream; a bad line yields {"id","error"} and the stream goes on. */
async function summarizeStream(defaults: SummaryOptions): Promise<void> {
  await streamJsonl(process.stdin, process.stdout, ({ text, title, sentences }) => {
    if (typeof text !== 'string') throw new InvalidInputError('"text" must be a string.');
    const summary = summarizeArticle(
      { text, ...(typeof title === 'string' && { title }) },
      { ...defaults, ...(sentences !== undefined && { sentences: sentences as number }) },
    );
    return { summary: summary.sentences.map((sentence) => sentence.text) };
  });
}
