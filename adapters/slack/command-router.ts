import type { App } from '@slack/bolt';
import type { AnalysisCache } from '../../src/ask/index.js';
import { asNewsdigestError } from '../../src/errors.js';
import type { RequestContext, SlackBotDeps } from './bot-deps.js';
import { subcommandOf } from './command-text.js';
import { askCommand } from './commands/ask.js';
import { digestCommand, previewCommand } from './commands/digest.js';
import { entitiesCommand, summarizeCommand } from './commands/summarize.js';
import { listCommand, subscribeCommand, unsubscribeCommand } from './commands/subscriptions.js';
import { silentLogger } from '../../src/logger.js';
import { messageBody } from './message-body.js';
import type { SlackMessagePayload } from './render-blocks.js';
import { errorReply, helpReply, helpText, textReply } from './replies.js';

export const slashCommand = '/newsdigest';

type Handler = (context: RequestContext, args: string) => Promise<SlackMessagePayload[]>;

function subcommands(cache: AnalysisCache): Record<string, Handler> {
  return {
    summarize: summarizeCommand,
    entities: entitiesCommand,
    digest: digestCommand,
    subscribe: subscribeCommand,
    unsubscribe: unsubscribeCommand,
    list: (context) => listCommand(context),
    preview: previewCommand,
    ask: (context, args) => askCommand(context, args, cache),
    help: async () => helpReply(),
  };
}

/**
 * One `/newsdigest` command with subcommands. The request is acknowledged at once (Slack
 * allows 3 s), then the answer goes to the response_url as ephemeral messages. A failure
 * becomes its short user message; details go to the log, never to the channel.
 */
export function registerCommand(app: App, deps: SlackBotDeps, cache: AnalysisCache): void {
  const logger = deps.logger ?? silentLogger;
  const handlers = subcommands(cache);
  app.command(slashCommand, async ({ command, ack, respond, client, context }) => {
    await ack();
    const { name, rest } = subcommandOf(command.text);
    const handler = handlers[name === '' ? 'help' : name];
    let replies: SlackMessagePayload[];
    try {
      replies =
        handler === undefined
          ? textReply(
              'Unknown subcommand',
              `Unknown subcommand \`${name.replace(/[`<>&]/g, '')}\`.\n${helpText}`,
            )
          : await handler(
              {
                deps,
                teamId: context.teamId ?? command.team_id,
                channelId: command.channel_id,
                userId: command.user_id,
                client,
              },
              rest,
            );
    } catch (error) {
      const failure = asNewsdigestError(error);
      logger.warn(
        { subcommand: name, code: failure.code, detail: failure.message },
        'slack command failed',
      );
      replies = [errorReply(failure.userMessage)];
    }
    for (const reply of replies) {
      await respond({ response_type: 'ephemeral', ...messageBody(reply) }).catch((error: unknown) =>
        logger.warn({ detail: asNewsdigestError(error).message }, 'slack respond failed'),
      );
    }
  });
}
