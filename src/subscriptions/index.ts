/** The platform-neutral subscription service both chat adapters call. */
export {
  defaultMaxSubscriptionsPerWorkspace,
  describeSchedule,
  getSubscription,
  listSubscriptions,
  nextRuns,
  subscribeChannel,
  unsubscribeChannel,
  type Actor,
  type SubscriptionDeps,
} from './manage-subscriptions.js';
export { createSourceCheck, type SourceCheck, type SourceCheckOptions } from './source-check.js';
export {
  parseSubscribeInput,
  splitKeywords,
  subscriptionLimits,
  type SubscribeInput,
} from './subscription-input.js';
export { minimumIntervalMinutes } from '../schedule/cron-schedule.js';
