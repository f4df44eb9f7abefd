import { existsSync } from 'node:fs';
import { z } from 'zod';
import { NewsdigestError } from '../errors.js';

const flag = z
  .enum(['true', 'false', '1', '0', 'yes', 'no'])
  .transform((value) => value === 'true' || value === '1' || value === 'yes');

const optionalSecret = z.string().min(1).optional();

/**
 * Every setting the bot reads from its environment, parsed once at start-up. Nothing else in
 * the code base reads process.env.
 */
export const environmentSchema = z.object({
  NEWSDIGEST_DB: z.string().min(1).default('./data/newsdigest.db'),
  NEWSDIGEST_DIGESTS_DIR: z.string().min(1).default('./digests'),
  NEWSDIGEST_SEEDS_DIR: z.string().min(1).default('./seeds'),
  /** Let the fetcher reach 127.0.0.0/8 and ::1 (tests and local development only). */
  NEWSDIGEST_ALLOW_LOOPBACK: flag.default(false),
  /** Let the fetcher reach private networks (an intranet feed, say). */
  NEWSDIGEST_ALLOW_PRIVATE: flag.default(false),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  DISCORD_TOKEN: optionalSecret,
  SLACK_BOT_TOKEN: optionalSecret,
  SLACK_SIGNING_SECRET: optionalSecret,
  SLACK_APP_TOKEN: optionalSecret,
  SLACK_CLIENT_ID: z.string().min(1).optional(),
  SLACK_CLIENT_SECRET: optionalSecret,
  SLACK_STATE_SECRET: optionalSecret,
  PORT: z.coerce.number().int().min(0).max(65535).default(3000),
  /** Where the platforms' APIs are: a proxy, or the loopback fakes of the end-to-end tests. */
  DISCORD_API_URL: z.url({ protocol: /^https?$/ }).optional(),
  SLACK_API_URL: z.url({ protocol: /^https?$/ }).optional(),
});

export type Environment = z.infer<typeof environmentSchema>;

export class ConfigError extends NewsdigestError {
  constructor(message: string) {
    super('CONFIG', message);
  }
}

/**
 * Parses the environment (after an optional .env file). A bad value stops start-up with one
 * line naming the variable; the value itself is never echoed, since it may be a secret.
 */
export function loadEnvironment(
  env: NodeJS.ProcessEnv = process.env,
  options: { envFile?: string } = {},
): Environment {
  const envFile = options.envFile ?? '.env';
  if (env === process.env && existsSync(envFile)) process.loadEnvFile(envFile);
  const parsed = environmentSchema.safeParse(env);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const variable = issue?.path.join('.') ?? 'environment';
    throw new ConfigError(`Invalid configuration: ${variable} ${issue?.message ?? 'is invalid'}.`);
  }
  const config = parsed.data;
  if (
    config.SLACK_BOT_TOKEN !== undefined &&
    config.SLACK_SIGNING_SECRET === undefined &&
    config.SLACK_APP_TOKEN === undefined
  ) {
    throw new ConfigError(
      'Invalid configuration: SLACK_BOT_TOKEN needs SLACK_SIGNING_SECRET (HTTP mode) or SLACK_APP_TOKEN (Socket Mode).',
    );
  }
  return config;
}
