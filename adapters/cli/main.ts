#!/usr/bin/env node
/**
 * The `newsdigest` command. Each subcommand lives in its own module under ./commands and
 * registers itself on the program; this file only wires them and maps errors to exit codes.
 */
import { Command, CommanderError } from 'commander';
import { asNewsdigestError } from '../../src/errors.js';

const program = new Command('newsdigest')
  .description('News digests for Discord and Slack: extractive summaries, entities and stories.')
  .option('--db <path>', 'SQLite database file (default: $NEWSDIGEST_DB or ./data/newsdigest.db)')
  .showHelpAfterError()
  .exitOverride();

const commandModules = [
  // Each module exports `register(program: Command): void`.
] as const;
void commandModules;

try {
  await program.parseAsync(process.argv);
} catch (error) {
  if (error instanceof CommanderError) {
    process.exitCode = error.exitCode;
  } else {
    const failure = asNewsdigestError(error);
    process.stderr.write(
      `newsdigest: ${failure.userMessage === failure.message ? failure.message : failure.message}\n`,
    );
    process.exitCode = 1;
  }
}
