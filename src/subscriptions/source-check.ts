import { InvalidInputError } from '../errors.js';

/**
 * Decides whether a source typed in chat may be subscribed to, and returns it normalised.
 * Throws a NewsdigestError with a short user message (InvalidInputError, or the address
 * policy's refusal) otherwise.
 */
export type SourceCheck = (source: string) => Promise<string>;

export interface SourceCheckOptions {
  /**
   * Local folders a chat user may name, by the name they type ("seeds" → "/app/seeds"). Any
   * other path is refused: a chat user must never read arbitrary files on the server.
   */
  localSources?: Readonly<Record<string, string>>;
  /**
   * The SSRF guard (checkUrl from src/sources/address-policy.ts): resolves the host and throws
   * when the address is not public. Without it only the URL's form is checked.
   */
  checkUrl?: (url: URL) => Promise<unknown>;
}

export function createSourceCheck(options: SourceCheckOptions = {}): SourceCheck {
  const localSources = options.localSources ?? {};
  return async (source) => {
    const trimmed = source.trim();
    const local = Object.hasOwn(localSources, trimmed) ? localSources[trimmed] : undefined;
    if (local !== undefined) return local;
    let url: URL;
    try {
      url = new URL(trimmed);
    } catch {
      throw new InvalidInputError(
        'The source must be a feed or page URL starting with https:// (or http://).',
      );
    }
    if (url.protocol !== 'https:' && url.protocol !== 'http:') {
      throw new InvalidInputError('Only http:// and https:// sources can be subscribed to.');
    }
    if (url.username !== '' || url.password !== '') {
      throw new InvalidInputError('Source URLs with a user name or password are not accepted.');
    }
    url.hash = '';
    if (options.checkUrl !== undefined) await options.checkUrl(url);
    return url.toString();
  };
}
