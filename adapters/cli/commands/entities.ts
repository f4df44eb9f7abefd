import type { Command } from 'commander';
import { InvalidInputError } from '../../../src/errors.js';
import { extractEntities } from '../../../src/entities/index.js';
import type { Entity } from '../../../src/model.js';
import { cliContext } from '../context.js';
import { streamJsonl } from '../jsonl.js';
import { positiveInteger } from '../options.js';
import { readArticle } from '../read-article.js';

interface EntitiesFlags {
  url?: string;
  limit?: number;
  json?: boolean;
  jsonl?: boolean;
}

export function register(program: Command): void {
  program
    .command('entities')
    .description('List the people, organizations and places of an article, most salient first.')
    .argument('[file]', 'article file (.txt with optional headers, .json, .html), or - for stdin')
    .option('--url <url>', 'fetch the article from a web page (through the address guard)')
    .option('--limit <n>', 'show at most N entities', positiveInteger)
    .option('--json', 'print the entities as JSON with aliases, salience and mention offsets')
    .option('--jsonl', 'stream: stdin lines {"id","text"} → {"id","entities":[...]}')
    .addHelpText(
      'after',
      '\nExamples:\n  newsdigest entities seeds/000_e0db0117a95bea2e.txt\n  echo \'{"id":"a","text":"..."}\' | newsdigest entities --jsonl',
    )
    .action(async (file: string | undefined, flags: EntitiesFlags, command: Command) => {
      if (flags.jsonl === true) return entitiesStream();
      const article = await readArticle(cliContext(command), file, flags.url);
      const entities = extractEntities(article.text, { title: article.title }).slice(
        0,
        flags.limit,
      );
      if (flags.json === true) {
        process.stdout.write(`${JSON.stringify(entities.map(toJson), null, 2)}\n`);
      } else {
        process.stdout.write(entities.map(describe).join(''));
      }
    });
}

/** The contract's shape: name, type, aliases, salience, mentions (plus the role when known). */
function toJson(entity: Entity): Record<string, unknown> {
  return {
    name: entity.name,
    type: entity.type,
    aliases: entity.aliases,
    ...(entity.role !== undefined && { role: entity.role }),
    salience: Number(entity.salience.toFixed(4)),
    mentions: entity.mentions.map(({ start, end }) => ({ start, end })),
  };
}

function describe(entity: Entity): string {
  const role = entity.role === undefined ? '' : `, ${entity.role}`;
  const aliases = entity.aliases.length === 0 ? '' : ` (also: ${entity.aliases.join(', ')})`;
  return `${entity.type.padEnd(12)} ${entity.name}${role}${aliases}  ×${entity.mentions.length}\n`;
}

async function entitiesStream(): Promise<void> {
  await streamJsonl(process.stdin, process.stdout, ({ text }) => {
    if (typeof text !== 'string' || text.trim() === '') {
      throw new InvalidInputError('"text" must be a non-empty string.');
    }
    return { entities: extractEntities(text).map(toJson) };
  });
}
