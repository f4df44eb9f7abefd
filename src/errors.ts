/**
 * Typed errors. Each carries a stable `code` and a short `userMessage` fit to show a chat
 * user as is; adapters show that message (ephemeral) and log the rest, never a stack trace.
 */
export class NewsdigestError extends Error {
  readonly code: string;
  readonly userMessage: string;

  constructor(code: string, userMessage: string, options?: { cause?: unknown; detail?: string }) {
    super(
      options?.detail ?? userMessage,
      options?.cause === undefined ? undefined : { cause: options.cause },
    );
    this.name = `NewsdigestError[${code}]`;
    this.code = code;
    this.userMessage = userMessage;
  }
}

/** Input the user gave is not acceptable (bad option, empty text, bad cron...). */
export class InvalidInputError extends NewsdigestError {
  constructor(userMessage: string, options?: { cause?: unknown }) {
    super('INVALID_INPUT', userMessage, options);
  }
}

/** A cron expression or timezone that is invalid, never fires, or fires too often. */
export class InvalidScheduleError extends InvalidInputError {}

/** The member may not do this (e.g. change subscriptions without Manage Channels). */
export class PermissionDeniedError extends NewsdigestError {
  constructor(userMessage = 'You need the Manage Channels permission to change subscriptions.') {
    super('PERMISSION_DENIED', userMessage);
  }
}

/** Nothing matched (no such subscription in this workspace, no stored article...). */
export class NotFoundError extends NewsdigestError {
  constructor(userMessage: string) {
    super('NOT_FOUND', userMessage);
  }
}

/** Turns anything thrown into a NewsdigestError without leaking internals to the user. */
export function asNewsdigestError(error: unknown): NewsdigestError {
  if (error instanceof NewsdigestError) return error;
  return new NewsdigestError(
    'INTERNAL',
    'Something went wrong on our side. Please try again later.',
    {
      cause: error,
      detail: error instanceof Error ? error.message : String(error),
    },
  );
}
