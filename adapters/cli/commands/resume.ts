import type { Command } from 'commander';
import { resumePaused } from '../../../src/schedule/resume.js';
import { cliContext } from '../context.js';

/** `newsdigest resume FEED_URL|SUBSCRIPTION_ID`: undo a pause the scheduler made. */
export function register(program: Command): void {
  program
    .command('resume')
    .description('Resume a paused feed (by URL) or a paused subscription (by id)')
    .argument('<target>', 'feed URL or subscription id, as "newsdigest status" shows them')
    .action(async (target: string, _options: object, command: Command) => {
      const store = await cliContext(command).openStore();
      try {
        const resumed = await resumePaused(store, target.trim());
        process.stdout.write(
          resumed.kind === 'feed'
            ? `Resumed feed ${resumed.url} (it had failed ${resumed.failures} times in a row).\n`
            : `Resumed subscription ${resumed.id} (was ${resumed.previousStatus}).\n`,
        );
      } finally {
        await store.close();
      }
    });
}
