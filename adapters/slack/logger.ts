import { LogLevel, type Logger as BoltLogger } from '@slack/bolt';
import type { Logger } from '../../src/logger.js';

/**
 * Bolt and its WebClient log through this bridge, so their lines reach our logger (which
 * redacts credentials) instead of the console. Bolt's debug output includes request bodies, so
 * only info and above are passed on.
 */
export function boltLogger(logger: Logger): BoltLogger {
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
