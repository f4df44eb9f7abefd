import type { App } from '@slack/bolt';
import type { AnalysisCache } from '../../src/ask/index.js';
import { asNewsdigestError } from '../../src/errors.js';
import type { RequestContext, SlackBotDeps } from './bot-deps.js';
import { askCommand } from './commands/ask.js';
import { silentLogger } from '../../src/logger.js';
import { messageBody } from './message-body.js';
import type { SlackMessagePayload } from './render-blocks.js';
import { errorReply, helpReply } from './replies.js';

/** Mentions (`<@U123>`) are markup, not part of the question. */
function questionOf(text: string): string {
  return text
    .replace(/<@[A-Z0-9]+(\|[^>]*)?>/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

/**
 * Direct messages and mentions are questions, answered in a thread from the stored articles.
 * The bot's own messages never reach here (Bolt's ignoreSelf); edits, joins and other bots'
 * posts are skipped. Nothing thrown escapes: a failure becomes a short reply and a log line.
 */
export function registerEvents(app: App, deps: SlackBotDeps, cache: AnalysisCache): void {
  const logger = deps.logger ?? silentLogger;

  async function answerInThread(
    context: RequestContext,
    text: string,
    threadTs: string,
  ): Promise<void> {
    const question = questionOf(text);
    let replies: SlackMessagePayload[];
    try {
      replies = question === '' ? helpReply() : await askCommand(context, question, cache);
    } catch (error) {
      const failure = asNewsdigestError(error);
      logger.warn({ code: failure.code, detail: failure.message }, 'slack question failed');
      replies = [errorReply(failure.userMessage)];
    }
    for (const reply of replies) {
      await context.client.chat.postMessage({
        channel: context.channelId,
        thread_ts: threadTs,
        unfurl_links: false,
        unfurl_media: false,
        ...messageBody(reply),
      });
    }
  }

  app.event('app_mention', async ({ event, client, context }) => {
    if (event.user === undefined || event.bot_id !== undefined) return;
    await answerInThread(
      {
        deps,
        client,
        teamId: context.teamId ?? event.team ?? '',
        channelId: event.channel,
        userId: event.user,
      },
      event.text,
      event.thread_ts ?? event.ts,
    ).catch((error: unknown) =>
      logger.warn({ detail: asNewsdigestError(error).message }, 'slack mention reply failed'),
    );
  });

  app.message(async ({ message, client, context }) => {
    if (message.channel_type !== 'im' || message.subtype !== undefined) return;
    if (message.bot_id !== undefined || message.user === undefined) return;
    await answerInThread(
      {
        deps,
        client,
        teamId: context.teamId ?? '',
        channelId: message.channel,
        userId: message.user,
      },
      message.text ?? '',
      message.thread_ts ?? message.ts,
    ).catch((error: unknown) =>
      logger.warn({ detail: asNewsdigestError(error).message }, 'slack DM reply failed'),
    );
  });

  // OAuth installs: forget a workspace's token as soon as it removes the app.
  app.event('app_uninstalled', async ({ context }) => {
    if (context.teamId === undefined) return;
    await deps.store
      .deleteInstallation({ platform: 'slack', workspaceId: context.teamId })
      .catch((error: unknown) =>
        logger.warn({ detail: asNewsdigestError(error).message }, 'slack uninstall cleanup failed'),
      );
  });
}
