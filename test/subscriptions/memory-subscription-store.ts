import type { Subscription, SubscriptionStatus } from '../../src/model.js';
import type { NewSubscription, SubscriptionStore, WorkspaceScope } from '../../src/store/store.js';

/** A SubscriptionStore in memory, scoped like the real one, for the service's unit tests. */
export function createMemorySubscriptionStore(): SubscriptionStore & { all: Subscription[] } {
  const all: Subscription[] = [];
  let next = 1;
  const inScope = (scope: WorkspaceScope) => (subscription: Subscription) =>
    subscription.platform === scope.platform && subscription.workspaceId === scope.workspaceId;
  return {
    all,
    createSubscription(input: NewSubscription) {
      const subscription: Subscription = {
        ...input,
        id: `sub${next++}`,
        createdAt: new Date(0).toISOString(),
        status: 'active',
      };
      all.push(subscription);
      return Promise.resolve(subscription);
    },
    getSubscription(scope, id) {
      return Promise.resolve(all.filter(inScope(scope)).find((s) => s.id === id));
    },
    listSubscriptions(scope) {
      return Promise.resolve(
        all
          .filter(inScope(scope))
          .filter((s) => scope.channelId === undefined || s.channelId === scope.channelId),
      );
    },
    deleteSubscription(scope, id) {
      const index = all.findIndex((s) => inScope(scope)(s) && s.id === id);
      if (index < 0) return Promise.resolve(false);
      all.splice(index, 1);
      return Promise.resolve(true);
    },
    listAllSubscriptions() {
      return Promise.resolve([...all]);
    },
    setSubscriptionStatus(id: string, status: SubscriptionStatus, reason?: string) {
      const subscription = all.find((s) => s.id === id);
      if (subscription) {
        subscription.status = status;
        if (reason === undefined) delete subscription.statusReason;
        else subscription.statusReason = reason;
      }
      return Promise.resolve();
    },
  };
}
