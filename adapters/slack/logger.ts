import { LogLevel, type Logger as BoltLogger } from '@slack/bolt';

/** The slice of a pino-style logger the adapter uses: structured fields first, then a message. */
export interface SlackLogger {
  debug(fields: object, message: string): void;
  info(fields: object, message: string): void;
  warn(fields: object, message: string): void;
  error(fields: object, message: string): void;
}

export const silentLogger: SlackLogger = {
  debug: () => undefined,
  info: () => undefined,
  warn: () => undefined,
  error: () => undefined,
};

/**
 * Bolt and its WebClient log through this bridge, so their lines reach our logger (which
 * redacts credentials) instead of the console. Bolt's debug output includes request bodies, so
 * only info and above are passed on.
 */
export function boltLogger(logger: SlackLogger): BoltLogger {
  let level: LogLevel = LogLevel.INFO;
  const line = (parts: unknown[]) =>
    parts.map((part) => (part instanceof Error ? part.message : String(part))).join(' ');
  return {
    debug: () => undefined,
    info: (...parts: unknown[]) => logger.info({ component: 'bolt' }, line(parts)),
    warn: (...parts: unknown[]) => logger.warn({ component: 'bolt' }, line(parts)),
    error: (...parts: unknown[]) => logger.error({ component: 'bolt' }, line(parts)),
    setLevel: (next: LogLevel) => {
      level = next;
    },
    getLevel: () => level,
    setName: () => undefined,
  };
}
