/**
 * `newsdigest start` with platform tokens, as the Docker image runs it: the composition root
 * starts the real discord.js bot, the real Bolt app and the scheduler against the loopback
 * fakes, serves a command on each platform, and stops cleanly on SIGTERM.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { repoRoot } from '../cli/run-cli.js';
import { startFakeDiscord, type FakeDiscord } from '../fakes/discord/fake-discord.js';
import { commandInteraction, stringOption } from '../fakes/discord/payloads.js';
import { startFakeSlack, type FakeSlack } from '../fakes/slack/fake-slack.js';
import { postSigned, slashCommandBody } from '../fakes/slack/signed-request.js';

const discordToken = 'discord-token-never-logged';
const slackToken = 'xoxb-slack-token-never-logged';
const signingSecret = 'signing-secret-never-logged';
const guild = {
  id: '100000000000000077',
  name: 'Start',
  channels: [{ id: '200000000000000077', name: 'news' }],
};

let discord: FakeDiscord;
let slack: FakeSlack;
let child: ChildProcess;
let port: number;
let output = '';

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => resolve(typeof address === 'object' && address ? address.port : 0));
    });
  });
}

beforeAll(async () => {
  discord = await startFakeDiscord({ token: discordToken, guilds: [guild] });
  slack = await startFakeSlack();
  slack.addWorkspace({ teamId: 'T1', token: slackToken, botUserId: 'UBOT', botId: 'BBOT' });
  port = await freePort();
  const db = path.join(mkdtempSync(path.join(tmpdir(), 'newsdigest-start-bots-')), 'news.db');
  child = spawn(process.execPath, [path.join(repoRoot, 'dist/adapters/cli/main.js'), 'start'], {
    cwd: repoRoot,
    env: {
      PATH: process.env['PATH'] ?? '',
      NEWSDIGEST_DB: db,
      DISCORD_TOKEN: discordToken,
      DISCORD_API_URL: discord.restApi,
      SLACK_BOT_TOKEN: slackToken,
      SLACK_SIGNING_SECRET: signingSecret,
      SLACK_API_URL: slack.apiUrl,
      PORT: String(port),
      LOG_LEVEL: 'debug',
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  child.stdout?.setEncoding('utf8').on('data', (chunk: string) => (output += chunk));
  child.stderr?.setEncoding('utf8').on('data', (chunk: string) => (output += chunk));
  await new Promise<void>((resolve, reject) => {
    const check = setInterval(() => {
      if (output.includes('scheduler started')) resolve();
      else if (child.exitCode !== null) reject(new Error(`start exited early:\n${output}`));
      else return;
      clearInterval(check);
    }, 100);
  });
}, 60_000);

afterAll(async () => {
  if (child.exitCode === null) child.kill('SIGKILL');
  await discord.close();
  await slack.close();
});

describe('newsdigest start with Discord and Slack tokens', () => {
  it('answers a Discord slash command over the gateway', async () => {
    const interaction = commandInteraction({
      applicationId: discord.applicationId,
      name: 'entities',
      options: [
        stringOption(
          'text',
          'Senator Lindsey Graham of South Carolina defended Jeff Sessions in Washington.',
        ),
      ],
      user: { id: '300000000000000077', username: 'reader' },
      guildId: guild.id,
      channelId: guild.channels[0]!.id,
    });
    discord.dispatch('INTERACTION_CREATE', interaction);
    const reply = await discord.waitForRequest(
      (r) => r.method === 'PATCH' && r.path.includes(interaction.token),
    );
    expect(JSON.stringify(reply.body)).toContain('Lindsey Graham');
  });

  it('answers a signed Slack command on PORT', async () => {
    const response = await postSigned(
      `http://127.0.0.1:${port}/slack/events`,
      slashCommandBody({
        teamId: 'T1',
        channelId: 'C1',
        userId: 'U1',
        text: 'help',
        responseUrl: slack.responseUrl('start-help'),
      }),
      'application/x-www-form-urlencoded',
      { secret: signingSecret },
    );
    expect(response.status).toBe(200);
    const help = await slack.waitForResponse('start-help');
    expect(JSON.stringify(help.body)).toContain('subscribe');
  });

  it('stops on SIGTERM with exit code 0, and never logged a token or secret', async () => {
    const exited = new Promise<number | null>((resolve) => child.once('exit', resolve));
    child.kill('SIGTERM');
    expect(await exited).toBe(0);
    expect(output).toContain('shutting down');
    for (const secret of [discordToken, slackToken, signingSecret]) {
      expect(output).not.toContain(secret);
    }
  });
});
