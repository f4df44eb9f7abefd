import { PUBLIC_ONLY, type AddressPolicy } from '../../src/sources/address-policy.js';
import type { GuardedFetcher } from '../../src/sources/guarded-fetch.js';
import { loadSource } from '../../src/sources/load-source.js';
import type { Store } from '../../src/store/store.js';
import { createSourceCheck, type SourceCheck } from '../../src/subscriptions/index.js';

/**
 * The check /subscribe runs on a source: URL form and address policy first (nothing private is
 * contacted), then one load through the guarded fetcher, so a URL that is not a feed or an
 * article page is refused now rather than failing at 08:00; its articles are stored, so
 * /preview has something to show at once.
 */
export function createSubscribeSourceCheck(deps: {
  store: Store;
  fetcher: GuardedFetcher;
  addressPolicy?: AddressPolicy;
  localSources?: Readonly<Record<string, string>>;
}): SourceCheck {
  const formCheck = createSourceCheck({
    addressPolicy: deps.addressPolicy ?? PUBLIC_ONLY,
    ...(deps.localSources !== undefined && { localSources: deps.localSources }),
  });
  return async (source) => {
    const normalized = await formCheck(source);
    const articles = await loadSource(normalized, { fetcher: deps.fetcher });
    await deps.store.saveArticles(articles, normalized);
    return normalized;
  };
}
