import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { slashCommand } from '../../adapters/slack/command-router.js';
import { slackBotScopes } from '../../adapters/slack/config.js';
import { repoRoot } from '../cli/run-cli.js';

const manifest = readFileSync(path.join(repoRoot, 'slack-manifest.yml'), 'utf8');

/** The `- item` entries of the list under `key:` (the manifest's lists are flat). */
function listUnder(key: string): string[] {
  const lines = manifest.split('\n');
  const start = lines.findIndex((line) => line.trim() === `${key}:`);
  expect(start, key).toBeGreaterThanOrEqual(0);
  const items: string[] = [];
  for (const line of lines.slice(start + 1)) {
    const item = /^\s*-\s+(?:command:\s*)?([^\s#]+)/.exec(line);
    if (item === null) break;
    items.push(item[1]!);
  }
  return items;
}

describe('slack-manifest.yml', () => {
  it('asks for exactly the bot scopes the OAuth install requests', () => {
    expect(listUnder('bot').sort()).toEqual([...slackBotScopes].sort());
  });

  it('subscribes to exactly the events the app handles, and declares its one command', () => {
    expect(listUnder('bot_events').sort()).toEqual([
      'app_mention',
      'app_uninstalled',
      'message.im',
    ]);
    expect(listUnder('slash_commands')).toEqual([slashCommand]);
  });
});
