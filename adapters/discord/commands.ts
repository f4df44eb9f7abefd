/**
 * The slash commands as Discord registers them: option types, limits, choices and
 * autocomplete are declared here so Discord validates input before it reaches the bot.
 */
import {
  ApplicationIntegrationType,
  InteractionContextType,
  PermissionFlagsBits,
  SlashCommandBuilder,
  type SlashCommandStringOption,
  type RESTPostAPIChatInputApplicationCommandsJSONBody,
} from 'discord.js';
import { subscriptionLimits } from '../../src/subscriptions/index.js';

export const commandNames = {
  summarize: 'summarize',
  entities: 'entities',
  digest: 'digest',
  subscribe: 'subscribe',
  unsubscribe: 'unsubscribe',
  subscriptions: 'subscriptions',
  preview: 'preview',
  ask: 'ask',
} as const;

export type CommandName = (typeof commandNames)[keyof typeof commandNames];

/** Longest text a string option accepts (Discord's own maximum). */
const maxTextOption = 6000;
const maxUrl = subscriptionLimits.sourceLength;

/** `/digest since:` choices; the value is what parseSince understands. */
export const sinceChoices = [
  { name: 'last hour', value: '1h' },
  { name: 'last 6 hours', value: '6h' },
  { name: 'last 24 hours', value: '24h' },
  { name: 'last 3 days', value: '3d' },
  { name: 'last week', value: '7d' },
] as const;

function base(name: CommandName, description: string, inDms: boolean): SlashCommandBuilder {
  return new SlashCommandBuilder()
    .setName(name)
    .setDescription(description)
    .setIntegrationTypes(ApplicationIntegrationType.GuildInstall)
    .setContexts(
      inDms
        ? [InteractionContextType.Guild, InteractionContextType.BotDM]
        : [InteractionContextType.Guild],
    );
}

function articleCommand(name: 'summarize' | 'entities', description: string) {
  return base(name, description, true)
    .addStringOption((option) =>
      option
        .setName('url')
        .setDescription('Web page of the article (http or https)')
        .setMinLength(8)
        .setMaxLength(maxUrl),
    )
    .addStringOption((option) =>
      option
        .setName('text')
        .setDescription('The article text itself')
        .setMinLength(20)
        .setMaxLength(maxTextOption),
    );
}

/** Every command, as the JSON body `PUT /applications/{id}/commands` takes. */
export function commandDefinitions(): RESTPostAPIChatInputApplicationCommandsJSONBody[] {
  const { sentences, maxStories, keywords } = subscriptionLimits;
  const subscriptionOption =
    (required: boolean, description: string) => (option: SlashCommandStringOption) =>
      option
        .setName('subscription')
        .setDescription(description)
        .setRequired(required)
        .setAutocomplete(true)
        .setMaxLength(100);
  return [
    articleCommand('summarize', 'Summarize one article, with its people, organizations and places')
      .addIntegerOption((option) =>
        option
          .setName('sentences')
          .setDescription('How many sentences (default 3)')
          .setMinValue(1)
          .setMaxValue(10),
      )
      .toJSON(),
    articleCommand(
      'entities',
      'List the people, organizations and places an article names',
    ).toJSON(),
    base('digest', 'A digest of the latest stories from stored articles', true)
      .addStringOption((option) =>
        option
          .setName('topic')
          .setDescription('Only stories about this topic or name')
          .setMinLength(2)
          .setMaxLength(100),
      )
      .addStringOption((option) =>
        option
          .setName('since')
          .setDescription('Only articles from this period')
          .addChoices(...sinceChoices),
      )
      .toJSON(),
    base('subscribe', 'Post a digest of a feed or page in this channel on a schedule', false)
      .setDefaultMemberPermissions(PermissionFlagsBits.ManageChannels)
      .addStringOption((option) =>
        option
          .setName('source')
          .setDescription('Feed or page URL (RSS, Atom, JSON Feed or a web page)')
          .setRequired(true)
          .setMinLength(8)
          .setMaxLength(maxUrl),
      )
      .addStringOption((option) =>
        option
          .setName('schedule')
          .setDescription('When to post, as cron: "0 8 * * *" is every day at 08:00')
          .setRequired(true)
          .setAutocomplete(true)
          .setMaxLength(100),
      )
      .addStringOption((option) =>
        option
          .setName('timezone')
          .setDescription('IANA timezone of the schedule, e.g. Europe/Berlin (default UTC)')
          .setAutocomplete(true)
          .setMaxLength(64),
      )
      .addIntegerOption((option) =>
        option
          .setName('sentences')
          .setDescription('Sentences per story')
          .setMinValue(sentences.min)
          .setMaxValue(sentences.max),
      )
      .addIntegerOption((option) =>
        option
          .setName('max_stories')
          .setDescription('Stories per digest')
          .setMinValue(maxStories.min)
          .setMaxValue(maxStories.max),
      )
      .addStringOption((option) =>
        option
          .setName('keywords')
          .setDescription('Only stories mentioning one of these, comma-separated')
          .setMaxLength(keywords.max * (keywords.maxLength + 2)),
      )
      .toJSON(),
    base('unsubscribe', 'Stop a subscription of this server', false)
      .setDefaultMemberPermissions(PermissionFlagsBits.ManageChannels)
      .addStringOption(subscriptionOption(true, 'The subscription to remove'))
      .toJSON(),
    base('subscriptions', "List this server's subscriptions", false).toJSON(),
    base('preview', 'Show (only to you) what the next digest would look like', false)
      .addStringOption(subscriptionOption(false, "Which subscription (default: this channel's)"))
      .toJSON(),
    base('ask', 'Ask a question about the stored news', true)
      .addStringOption((option) =>
        option
          .setName('question')
          .setDescription('e.g. What did Lindsey Graham say about Sessions?')
          .setRequired(true)
          .setMinLength(3)
          .setMaxLength(300),
      )
      .toJSON(),
  ];
}
