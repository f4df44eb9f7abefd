/**
 * Gateway payloads the fake Discord sends: READY, GUILD_CREATE, and builders for the
 * INTERACTION_CREATE and MESSAGE_CREATE dispatches tests script. Field sets follow what
 * discord.js 14 reads; values are plausible snowflakes and strings.
 */
import { randomBytes } from 'node:crypto';

export interface FakeGuild {
  id: string;
  name: string;
  channels: { id: string; name: string }[];
}

/** Permission bits used by the tests (Discord's documented values). */
export const permissionBits = {
  viewChannel: 1n << 10n,
  sendMessages: 1n << 11n,
  manageChannels: 1n << 4n,
  manageGuild: 1n << 5n,
  embedLinks: 1n << 14n,
  useApplicationCommands: 1n << 31n,
} as const;

export const memberPermissions = String(
  permissionBits.viewChannel | permissionBits.sendMessages | permissionBits.useApplicationCommands,
);
export const managerPermissions = String(BigInt(memberPermissions) | permissionBits.manageChannels);
export const appPermissions = String(
  permissionBits.viewChannel | permissionBits.sendMessages | permissionBits.embedLinks,
);

let counter = 0n;
export function snowflake(): string {
  counter += 1n;
  return String(1_300_000_000_000_000_000n + counter);
}

export function readyPayload(input: {
  applicationId: string;
  botUserId: string;
  guilds: FakeGuild[];
  resumeUrl: string;
}): unknown {
  return {
    v: 10,
    user: {
      id: input.botUserId,
      username: 'newsdigest',
      discriminator: '0',
      global_name: null,
      avatar: null,
      bot: true,
      flags: 0,
    },
    guilds: input.guilds.map((guild) => ({ id: guild.id, unavailable: true })),
    session_id: randomBytes(8).toString('hex'),
    resume_gateway_url: input.resumeUrl,
    shard: [0, 1],
    application: { id: input.applicationId, flags: 0 },
  };
}

export function guildCreatePayload(guild: FakeGuild): unknown {
  return {
    id: guild.id,
    name: guild.name,
    unavailable: false,
    icon: null,
    owner_id: '1',
    afk_timeout: 300,
    verification_level: 0,
    default_message_notifications: 0,
    explicit_content_filter: 0,
    mfa_level: 0,
    nsfw_level: 0,
    premium_tier: 0,
    preferred_locale: 'en-US',
    features: [],
    member_count: 2,
    large: false,
    joined_at: new Date(0).toISOString(),
    roles: [
      {
        id: guild.id,
        name: '@everyone',
        permissions: memberPermissions,
        position: 0,
        color: 0,
        hoist: false,
        managed: false,
        mentionable: false,
        flags: 0,
      },
    ],
    channels: guild.channels.map((channel, position) => ({
      id: channel.id,
      type: 0,
      name: channel.name,
      position,
      permission_overwrites: [],
      guild_id: guild.id,
    })),
    members: [],
    emojis: [],
    stickers: [],
    threads: [],
    presences: [],
    voice_states: [],
    stage_instances: [],
    guild_scheduled_events: [],
  };
}

export interface FakeUser {
  id: string;
  username: string;
}

export interface CommandOption {
  name: string;
  type: number;
  value: string | number;
  focused?: boolean;
}

/** Option type numbers from Discord's API. */
export const optionType = { string: 3, integer: 4 } as const;

export function stringOption(name: string, value: string, focused = false): CommandOption {
  return focused
    ? { name, type: optionType.string, value, focused: true }
    : { name, type: optionType.string, value };
}

export function integerOption(name: string, value: number): CommandOption {
  return { name, type: optionType.integer, value };
}

/** An INTERACTION_CREATE for a slash command (type 2) or its autocomplete (type 4). */
export function commandInteraction(input: {
  applicationId: string;
  name: string;
  options?: CommandOption[];
  user: FakeUser;
  /** Omit for a command run in a DM with the bot. */
  guildId?: string;
  channelId: string;
  permissions?: string;
  autocomplete?: boolean;
}): { id: string; token: string } & Record<string, unknown> {
  const user = {
    id: input.user.id,
    username: input.user.username,
    discriminator: '0',
    global_name: input.user.username,
    avatar: null,
  };
  const inGuild = input.guildId !== undefined;
  return {
    id: snowflake(),
    application_id: input.applicationId,
    type: input.autocomplete === true ? 4 : 2,
    token: `itoken-${randomBytes(12).toString('hex')}`,
    version: 1,
    channel_id: input.channelId,
    channel: inGuild
      ? { id: input.channelId, type: 0, name: 'news', guild_id: input.guildId }
      : { id: input.channelId, type: 1, recipients: [user] },
    ...(inGuild
      ? {
          guild_id: input.guildId,
          guild_locale: 'en-US',
          member: {
            user,
            roles: [],
            permissions: input.permissions ?? memberPermissions,
            joined_at: new Date(0).toISOString(),
            deaf: false,
            mute: false,
            flags: 0,
          },
        }
      : { user }),
    data: { id: snowflake(), name: input.name, type: 1, options: input.options ?? [] },
    app_permissions: appPermissions,
    locale: 'en-US',
    entitlements: [],
    authorizing_integration_owners: inGuild ? { '0': input.guildId } : { '1': input.user.id },
    context: inGuild ? 0 : 1,
  };
}

/** A MESSAGE_CREATE in a DM channel (no guild_id). */
export function directMessage(input: {
  channelId: string;
  user: FakeUser;
  content: string;
  bot?: boolean;
}): Record<string, unknown> {
  return {
    id: snowflake(),
    channel_id: input.channelId,
    // Discord sends the channel type with DM messages; discord.js needs it to build the partial.
    channel_type: 1,
    type: 0,
    author: {
      id: input.user.id,
      username: input.user.username,
      discriminator: '0',
      global_name: input.user.username,
      avatar: null,
      ...(input.bot === true ? { bot: true } : {}),
    },
    content: input.content,
    timestamp: new Date(0).toISOString(),
    edited_timestamp: null,
    tts: false,
    mention_everyone: false,
    mentions: [],
    mention_roles: [],
    attachments: [],
    embeds: [],
    pinned: false,
    flags: 0,
    components: [],
  };
}
