#!/usr/bin/env node
/**
 * The `newsdigest` command. Each subcommand lives in its own module under ./commands and
 * registers itself on the program; this file only wires them and maps errors to exit codes.
 */
import { Command, CommanderError } from 'commander';
import { asNewsdigestError, NewsdigestError } from '../../src/errors.js';
import { register as registerCluster } from './commands/cluster.js';
import { register as registerAsk } from './commands/ask.js';
import { register as registerDigest } from './commands/digest.js';
import { register as registerDiscord } from './commands/discord.js';
import { register as registerEntities } from './commands/entities.js';
import { register as registerIngest } from './commands/ingest.js';
import { register as registerStart } from './commands/start.js';
import { register as registerSummarize } from './commands/summarize.js';

const program = new Command('newsdigest')
  .description('News digests for Discord and Slack: extractive summaries, entities and stories.')
  .option('--db <path>', 'SQLite database file (default: $NEWSDIGEST_DB or ./data/newsdigest.db)')
  .showHelpAfterError()
  .exitOverride();

for (const register of [
  registerSummarize,
  registerEntities,
  registerDigest,
  registerIngest,
  registerAsk,
  registerStart,
  registerDiscord,
  registerCluster,
]) {
  register(program);
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
