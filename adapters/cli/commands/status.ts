import type { Command } from 'commander';
import { formatScheduleStatus, readScheduleStatus } from '../../../src/schedule/schedule-status.js';
import { cliContext } from '../context.js';

/** `newsdigest status [--json]`: subscriptions, next run, last result, failing feeds. */
export function register(program: Command): void {
  program
    .command('status')
    .description('Show scheduled subscriptions, their next run and last result, and failing feeds')
    .option('--json', 'print JSON')
    .action(async (options: { json?: boolean }, command: Command) => {
      const store = await cliContext(command).openStore();
      try {
        const status = await readScheduleStatus(store, new Date());
        process.stdout.write(
          options.json === true
            ? `${JSON.stringify(status, null, 2)}\n`
            : formatScheduleStatus(status),
        );
      } finally {
        await store.close();
      }
    });
}
