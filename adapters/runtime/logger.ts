import { pino, type DestinationStream, type Logger } from 'pino';

export type { Logger };

/**
 * The process logger: JSON lines on stderr. Anything that looks like a credential is redacted,
 * wherever it sits in a logged object, so a token never reaches a log.
 */
export function createLogger(
  level: string,
  destination: DestinationStream = pino.destination(2),
): Logger {
  return pino(
    {
      level,
      redact: {
        paths: [
          'token',
          '*.token',
          'authorization',
          '*.authorization',
          'headers.authorization',
          '*.headers.authorization',
          'signingSecret',
          '*.signingSecret',
          'appToken',
          '*.appToken',
          'clientSecret',
          '*.clientSecret',
          'env.DISCORD_TOKEN',
          'env.SLACK_BOT_TOKEN',
          'env.SLACK_SIGNING_SECRET',
          'env.SLACK_APP_TOKEN',
          'env.SLACK_CLIENT_SECRET',
          'env.SLACK_STATE_SECRET',
        ],
        censor: '[redacted]',
      },
    },
    destination,
  );
}
