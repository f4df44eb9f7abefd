import { noAnswerMessage } from '../../src/ask/answer-question.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  commandInteraction,
  integerOption,
  stringOption,
  type CommandOption,
} from '../fakes/discord/payloads.js';
import {
  alice,
  callsSince,
  guildA,
  isCallback,
  isOriginalEdit,
  startHarness,
  textsOf,
  token,
  type Harness,
} from './harness.js';
import { sessionsArticle, sessionsPage, sessionsSentences, travelBanArticle } from './articles.js';

let h: Harness;

beforeAll(async () => {
  h = await startHarness();
  h.web.serve('/sessions.html', {
    headers: { 'content-type': 'text/html; charset=utf-8' },
    body: sessionsPage,
  });
  await h.store.saveArticles([sessionsArticle, travelBanArticle], 'test');
});

afterAll(async () => {
  await h?.close();
});

function send(name: string, options: CommandOption[] = []) {
  const interaction = commandInteraction({
    applicationId: h.fake.applicationId,
    name,
    options,
    user: alice,
    guildId: guildA.id,
    channelId: guildA.channels[0]!.id,
  });
  const from = h.fake.requests.length;
  h.fake.dispatch('INTERACTION_CREATE', interaction);
  return { interaction, from };
}

describe('slash commands over the wire', () => {
  it('defers /summarize text: at once, then edits in a summary embed with entities in bold', async () => {
    const { interaction, from } = send('summarize', [
      stringOption('text', sessionsArticle.text),
      integerOption('sentences', 2),
    ]);
    const edit = await h.fake.waitForRequest((r) => isOriginalEdit(r, interaction.token));
    const calls = callsSince(h.fake, from);
    expect(calls[0]?.path).toBe(`/interactions/${interaction.id}/${interaction.token}/callback`);
    expect(calls[0]?.body).toEqual({ type: 5, data: { flags: 0 } });
    expect(calls[0]?.authorization).toBeUndefined();
    const body = edit.body as {
      embeds: { description: string; fields: { name: string; value: string }[] }[];
      allowed_mentions: unknown;
    };
    expect(body.allowed_mentions).toEqual({ parse: [] });
    expect(body.embeds).toHaveLength(1);
    const description = body.embeds[0]!.description;
    expect(description).toContain('**Jeff Sessions**');
    // Two sentences, verbatim from the article, once the bold markers are removed.
    const plain = description.replaceAll('**', '');
    const picked = sessionsSentences.filter((sentence) => plain.includes(sentence));
    expect(picked).toHaveLength(2);
    expect(plain).toBe(picked.join(' '));
    expect(body.embeds[0]!.fields.find((field) => field.name === 'People')?.value).toContain(
      'Jeff Sessions',
    );
  });

  it('fetches /summarize url: through the guarded fetcher and links the page title', async () => {
    const url = `${h.web.url}/sessions.html`;
    const { interaction } = send('summarize', [stringOption('url', url)]);
    const edit = await h.fake.waitForRequest((r) => isOriginalEdit(r, interaction.token));
    const embed = (edit.body as { embeds: { title: string; url: string }[] }).embeds[0];
    expect(embed?.title).toBe('Trump renews attacks on Sessions');
    expect(embed?.url).toBe(url);
    expect(h.web.requests.some((request) => request.path === '/sessions.html')).toBe(true);
  });

  it('refuses url: and text: together with an instant ephemeral message, without deferring', async () => {
    const { interaction, from } = send('summarize', [
      stringOption('url', 'https://example.org/a'),
      stringOption('text', 'Some text that is long enough to count.'),
    ]);
    const reply = await h.fake.waitForRequest((r) => isCallback(r, interaction.id));
    expect(reply.body).toEqual({
      type: 4,
      data: expect.objectContaining({
        content: 'Give either url: or text:, not both.',
        flags: 64,
        allowed_mentions: { parse: [] },
      }),
    });
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(callsSince(h.fake, from)).toHaveLength(1);
  });

  it('answers a refused address with a short ephemeral follow-up and never fetches it', async () => {
    const { interaction, from } = send('summarize', [
      stringOption('url', 'http://169.254.169.254/latest/meta-data/'),
    ]);
    const followUp = await h.fake.waitForRequest(
      (r) =>
        r.method === 'POST' && r.path === `/webhooks/${h.fake.applicationId}/${interaction.token}`,
    );
    const calls = callsSince(h.fake, from).map(
      (r) => `${r.method} ${r.path.replace(interaction.token, 'T')}`,
    );
    expect(calls).toEqual([
      `POST /interactions/${interaction.id}/T/callback`,
      `DELETE /webhooks/${h.fake.applicationId}/T/messages/@original`,
      `POST /webhooks/${h.fake.applicationId}/T`,
    ]);
    const body = followUp.body as { content: string; flags: number; allowed_mentions: unknown };
    expect(body.flags).toBe(64);
    expect(body.allowed_mentions).toEqual({ parse: [] });
    expect(body.content.length).toBeGreaterThan(0);
    expect(body.content.length).toBeLessThan(200);
    expect(body.content).not.toMatch(/\n|\s{2}at |Error\[/);
  });

  it('lists people, organizations and places for /entities text:', async () => {
    const { interaction } = send('entities', [stringOption('text', sessionsArticle.text)]);
    const edit = await h.fake.waitForRequest((r) => isOriginalEdit(r, interaction.token));
    const text = textsOf(edit.body);
    expect(text).toContain('__People__');
    expect(text).toMatch(/• \*\*Jeff Sessions\*\*/);
    expect(text).toMatch(/• \*\*Donald Trump\*\*/);
    expect(text).toContain('__Places__');
  });

  it('builds /digest from the stored articles, limited to a topic', async () => {
    const { interaction } = send('digest', [stringOption('topic', 'Sessions')]);
    const edit = await h.fake.waitForRequest((r) => isOriginalEdit(r, interaction.token));
    const body = edit.body as { content: string; embeds: { title: string; url?: string }[] };
    expect(body.content).toContain('## News digest: Sessions');
    expect(body.embeds.map((embed) => embed.url)).toEqual([sessionsArticle.url]);
    expect(textsOf(body)).not.toContain('travel ban');
  });

  it('says so, ephemerally, when /digest finds nothing on the topic', async () => {
    const { interaction } = send('digest', [stringOption('topic', 'Atlantis')]);
    const followUp = await h.fake.waitForRequest(
      (r) =>
        r.method === 'POST' && r.path === `/webhooks/${h.fake.applicationId}/${interaction.token}`,
    );
    expect(followUp.body).toMatchObject({
      content: 'No stored story about "Atlantis" yet.',
      flags: 64,
    });
  });

  it('keeps an article full of mentions from pinging anyone', async () => {
    const text =
      '@everyone The council met on Monday to vote on the harbour plan. ' +
      'Mayor Ada Lindqvist told @here reporters that <@123456789012345678> and <@&987654321098765432> had agreed. ' +
      'The vote in <#555555555555555555> passed by nine votes to two, @everyone said.';
    const { interaction } = send('summarize', [
      stringOption('text', text),
      integerOption('sentences', 3),
    ]);
    const edit = await h.fake.waitForRequest((r) => isOriginalEdit(r, interaction.token));
    const shown = textsOf(edit.body);
    expect(shown).toContain('Lindqvist');
    expect(shown).not.toMatch(/@(everyone|here)/);
    expect(shown).not.toMatch(/<(@[!&]?|#)\d+>/);
    expect((edit.body as { allowed_mentions: unknown }).allowed_mentions).toEqual({ parse: [] });
  });

  it('answers /ask in the channel from stored articles, with the source linked', async () => {
    const { interaction } = send('ask', [
      stringOption('question', 'Who did Sessions meet during the campaign?'),
    ]);
    const edit = await h.fake.waitForRequest((r) => isOriginalEdit(r, interaction.token));
    const text = textsOf(edit.body);
    expect(text).toContain('Kislyak');
    expect(text).toContain(`(${sessionsArticle.url})`);
    expect((edit.body as { allowed_mentions: unknown }).allowed_mentions).toEqual({ parse: [] });
  });

  it('says so when /ask finds nothing, and invents nothing', async () => {
    const { interaction } = send('ask', [stringOption('question', 'What happened to the comet?')]);
    const reply = await h.fake.waitForRequest((r) => isOriginalEdit(r, interaction.token));
    const text = textsOf(reply.body);
    expect(text).toBe(noAnswerMessage);
  });

  it('answers an unknown command ephemerally and keeps serving', async () => {
    const unknown = send('frobnicate');
    const reply = await h.fake.waitForRequest((r) => isCallback(r, unknown.interaction.id));
    expect(reply.body).toMatchObject({ type: 4, data: { content: 'Unknown command.', flags: 64 } });
    const next = send('digest');
    await h.fake.waitForRequest((r) => isOriginalEdit(r, next.interaction.token));
  });

  it('survives a Discord failure while replying and still answers the next command', async () => {
    h.fake.script('POST', /^\/interactions\/.*\/callback$/, {
      status: 404,
      body: { message: 'Unknown interaction', code: 10062 },
    });
    const lost = send('digest');
    await h.fake.waitForRequest((r) => isCallback(r, lost.interaction.id));
    await new Promise((resolve) => setTimeout(resolve, 200));
    const next = send('digest');
    await h.fake.waitForRequest((r) => isOriginalEdit(r, next.interaction.token));
    expect(h.logs.some((line) => line.level === 'error')).toBe(true);
  });

  it('never writes the bot token to its logs', () => {
    expect(
      JSON.stringify(h.logs, (_key, value: unknown) =>
        value instanceof Error ? value.message : value,
      ),
    ).not.toContain(token);
  });
});
