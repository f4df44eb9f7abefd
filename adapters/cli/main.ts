#!/usr/bin/env node
/**
 * The `newsdigest` command. Each subcommand lives in its own module under ./commands and
 * registers itself on the program; this file only wires them and maps errors to exit codes.
 */
import { Command, CommanderError } from 'commander';
import { asNewsdigestError, NewsdigestError } from '../../src/errors.js';

// `newsdigest entities story.txt | head`: a reader that stops early ends the run quietly.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code !== 'EPIPE') throw error;
  process.exit(0);
});

const program = new Command('newsdigest')
  .description('News digests for Discord and Slack: extractive summaries, entities and stories.')
  .option('--db <path>', 'SQLite database file (default: $NEWSDIGEST_DB or ./data/newsdigest.db)')
  .showHelpAfterError()
  .exitOverride();

/**
 * Subcommands load on demand: `summarize` should not pay for discord.js and Bolt at start-up.
 * Only the named subcommand is loaded; --help without one loads them all to list them.
 */
const commands: Record<string, () => Promise<{ register: (program: Command) => void }>> = {
  summarize: () => import('./commands/summarize.js'),
  entities: () => import('./commands/entities.js'),
  cluster: () => import('./commands/cluster.js'),
  digest: () => import('./commands/digest.js'),
  ingest: () => import('./commands/ingest.js'),
  ask: () => import('./commands/ask.js'),
  start: () => import('./commands/start.js'),
  status: () => import('./commands/status.js'),
  resume: () => import('./commands/resume.js'),
  discord: () => import('./commands/discord.js'),
};
const named = process.argv.slice(2).find((arg) => Object.hasOwn(commands, arg));
const selected = named === undefined ? Object.values(commands) : [commands[named]!];
for (const module of await Promise.all(selected.map((load) => load()))) {
  module.register(program);
}
program.commands.forEach((command) => command.exitOverride());

try {
  await program.parseAsync(process.argv);
} catch (error) {
  if (error instanceof CommanderError) {
    process.exitCode = error.exitCode;
  } else {
    // One line: the user-facing message of our own errors, never a stack trace or a secret.
    const message =
      error instanceof NewsdigestError
        ? error.userMessage
        : `unexpected error: ${asNewsdigestError(error).message}`;
    process.stderr.write(`newsdigest: ${message}\n`);
    process.exitCode = 1;
  }
}
