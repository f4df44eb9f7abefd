import { InvalidInputError } from '../errors.js';
import { checkUrl, PUBLIC_ONLY, type AddressPolicy } from '../sources/address-policy.js';

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
   * The SSRF policy (src/sources/address-policy.ts); default PUBLIC_ONLY. IP literals and
   * loopback names are refused here, where the user typed them; host names are judged again by
   * the guarded fetcher at every connection.
   */
  addressPolicy?: AddressPolicy;
}

export function createSourceCheck(options: SourceCheckOptions = {}): SourceCheck {
  const localSources = options.localSources ?? {};
  // async so that every refusal, thrown or not, reaches the caller as a rejection.
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
    checkUrl(url.toString(), options.addressPolicy ?? PUBLIC_ONLY);
    return url.toString();
  };
}
