/**
 * The one logging port of the engine and the adapters: structured fields first, then a
 * message. A pino logger fits as is; the composition root passes one with secrets redacted.
 */
export interface Logger {
  debug(fields: object, message: string): void;
  info(fields: object, message: string): void;
  warn(fields: object, message: string): void;
  error(fields: object, message: string): void;
}

export const silentLogger: Logger = {
  debug: () => undefined,
  info: () => undefined,
  warn: () => undefined,
  error: () => undefined,
};
