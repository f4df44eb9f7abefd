import { randomUUID } from 'node:crypto';
import { hostname } from 'node:os';
import cron, { type ScheduledTask } from 'node-cron';
import type { DigestDefinition } from '../config/digest-definition.js';
import { silentLogger, type Logger } from '../logger.js';
import type { FeedState, Store } from '../store/store.js';
import { systemClock, type Clock } from './clock.js';
import { latestRunBetween } from './cron-schedule.js';
import type { DeliveryChannel } from './delivery.js';
import {
  claimAndDeliver,
  deliverClaimed,
  type RetryPolicy,
  type SlotDeps,
  type SlotOutcome,
} from './deliver-slot.js';
import {
  createFeedPoller,
  isFeedUrl,
  type FeedPoller,
  type FeedPollerOptions,
  type PollFeed,
} from './feed-poller.js';
import { createKeyedLimiter } from './keyed-limiter.js';
import {
  destinationKey,
  jobFromSubscription,
  jobsFromDefinition,
  sameJob,
  type ScheduledJob,
} from './scheduled-job.js';

export interface SchedulerOptions {
  /** How long a claim is held without renewal before another process may complete it. */
  leaseMs: number;
  retry: RetryPolicy;
  /** The first digest of a job includes articles published this long before it began. */
  lookbackMs: number;
  maxArticlesPerSlot: number;
  /** Slots posted at once (one at a time per job). */
  concurrency: number;
  /** How often stored subscriptions are re-read, missed slots caught up and dead claims recovered. */
  reconcileMs: number;
  /** node-cron's tolerance for a late timer before it counts a run as missed (then caught up). */
  missedToleranceMs: number;
  /** Before claiming, a job's feeds are re-polled unless polled this recently. */
  freshnessMs: number;
  feeds: Partial<FeedPollerOptions>;
}

export const defaultSchedulerOptions: SchedulerOptions = {
  leaseMs: 5 * 60_000,
  retry: { maxAttempts: 5, baseDelayMs: 2_000, maxDelayMs: 60_000 },
  lookbackMs: 24 * 3600_000,
  maxArticlesPerSlot: 500,
  concurrency: 4,
  reconcileMs: 60_000,
  missedToleranceMs: 30_000,
  freshnessMs: 2 * 60_000,
  feeds: {},
};

export interface SchedulerDeps {
  store: Store;
  /** One per platform (the adapters' DeliveryChannel); jobs of other platforms are skipped. */
  channels: DeliveryChannel[];
  clock?: Clock;
  /** Scheduled digests/*.json definitions (those with a schedule and destinations). */
  definitions?: DigestDefinition[];
  /** Without it feeds are not polled here (another process, or `ingest`, fills the store). */
  pollFeed?: PollFeed;
  logger?: Logger;
  /** Identity in claim rows; default host:pid:random. */
  owner?: string;
  options?: Partial<SchedulerOptions>;
}

export interface Scheduler {
  readonly owner: string;
  /** Recovers dead claims, catches up missed slots, arms the timers and starts polling. */
  start(): Promise<void>;
  /**
   * Stops taking slots, lets in-flight deliveries finish until the deadline, then abandons
   * the rest (their claims are completed by the next run after the lease). Does not close the
   * store: the composition root closes it after this resolves.
   */
  stop(deadlineMs?: number): Promise<{ finished: boolean }>;
  /** Re-reads subscriptions now (e.g. after /subscribe), catches up and recovers. */
  reconcile(): Promise<void>;
  /** Resolves once no slot is queued or being posted. */
  idle(): Promise<void>;
  /** Jobs currently scheduled (for status displays). */
  jobs(): ScheduledJob[];
  /** Polls every feed that is due now (what the poll timer does). */
  pollDueFeeds(): Promise<void>;
}

export function createScheduler(deps: SchedulerDeps): Scheduler {
  const options: SchedulerOptions = { ...defaultSchedulerOptions, ...deps.options };
  const clock = deps.clock ?? systemClock;
  const logger = deps.logger ?? silentLogger;
  const owner = deps.owner ?? `${hostname()}:${process.pid}:${randomUUID().slice(0, 8)}`;
  const channels = new Map(deps.channels.map((channel) => [channel.platform, channel]));
  const definitionJobs = (deps.definitions ?? []).flatMap(jobsFromDefinition);
  const abort = new AbortController();
  const limiter = createKeyedLimiter(1, options.concurrency);
  /** Jobs by id, and one node-cron timer per distinct (timezone, cron) shared by its jobs. */
  const scheduled = new Map<string, ScheduledJob>();
  const groups = new Map<string, { task: ScheduledTask; jobs: Map<string, ScheduledJob> }>();
  const pending = new Set<string>();
  const inFlight = new Set<Promise<unknown>>();
  const firstSeen = new Map<string, string>();
  let stopping = false;
  let reconcileTimer: NodeJS.Timeout | undefined;
  let reconciling: Promise<void> | undefined;

  const slotDeps: SlotDeps = {
    store: deps.store,
    clock,
    channels,
    owner,
    leaseMs: options.leaseMs,
    retry: options.retry,
    lookbackMs: options.lookbackMs,
    maxArticlesPerSlot: options.maxArticlesPerSlot,
    logger,
    sleep,
  };

  const poller: FeedPoller | undefined =
    deps.pollFeed === undefined
      ? undefined
      : createFeedPoller(
          { store: deps.store, clock, pollFeed: deps.pollFeed, logger, onPaused: notifyPaused },
          options.feeds,
        );

  function track<T>(promise: Promise<T>): Promise<T> {
    inFlight.add(promise);
    void promise.finally(() => inFlight.delete(promise)).catch(() => undefined);
    return promise;
  }

  /** When a job began: subscriptions know; definitions are remembered in the store once. */
  async function sinceOf(job: ScheduledJob): Promise<string> {
    if (job.since !== undefined) return job.since;
    const known = firstSeen.get(job.id);
    if (known !== undefined) return known;
    const since = await deps.store.rememberFirstSeen(
      `job-first-seen:${job.id}`,
      clock.now().toISOString(),
    );
    firstSeen.set(job.id, since);
    return since;
  }

  function enqueueSlot(job: ScheduledJob, slot: Date): void {
    const key = `${job.id}@${slot.toISOString()}`;
    if (stopping || pending.has(key)) return;
    pending.add(key);
    void track(
      limiter
        .run(job.id, async () => {
          if (stopping) return 'abandoned';
          const feedSources = job.sources.filter(isFeedUrl);
          if (poller !== undefined && feedSources.length > 0) {
            await poller.refresh(feedSources, options.freshnessMs);
          }
          return claimAndDeliver(slotDeps, job, slot, await sinceOf(job), abort.signal);
        })
        .then(
          (outcome) => logOutcome(job, slot.toISOString(), outcome),
          (error: unknown) =>
            logger.error(
              { job: job.id, slot: slot.toISOString(), error: String(error) },
              'slot crashed',
            ),
        )
        .finally(() => pending.delete(key)),
    );
  }

  function logOutcome(job: ScheduledJob, slot: string, outcome: SlotOutcome): void {
    if (outcome === 'delivered' || outcome === 'empty') {
      logger.info({ job: job.id, slot, outcome }, 'slot done');
    }
  }

  /**
   * After downtime (or a late timer) only the latest missed slot runs, with everything since:
   * the latest run at or before now, for each job that has not had it yet.
   */
  async function catchUp(jobs: ScheduledJob[]): Promise<void> {
    const latestSlots = await deps.store.latestSlots(jobs.map((job) => job.id));
    const now = clock.now();
    const latestRun = new Map<string, Date | undefined>();
    for (const job of jobs) {
      const key = groupKey(job);
      if (!latestRun.has(key)) {
        latestRun.set(key, latestRunBetween(job.schedule, job.timezone, new Date(0), now));
      }
      const run = latestRun.get(key);
      if (run === undefined) continue;
      const since = await sinceOf(job);
      const last = latestSlots.get(job.id);
      const after = last !== undefined && last > since ? last : since;
      if (run.toISOString() > after) enqueueSlot(job, run);
    }
  }

  function groupKey(job: ScheduledJob): string {
    return `${job.timezone}\n${job.schedule}`;
  }

  function arm(job: ScheduledJob): void {
    scheduled.set(job.id, job);
    const key = groupKey(job);
    const group = groups.get(key);
    if (group !== undefined) {
      group.jobs.set(job.id, job);
      return;
    }
    const jobs = new Map([[job.id, job]]);
    const task = cron.createTask(
      job.schedule,
      (context) => {
        for (const member of jobs.values()) enqueueSlot(member, context.date);
      },
      {
        timezone: job.timezone,
        name: `newsdigest:${key}`,
        missedExecutionTolerance: options.missedToleranceMs,
        suppressMissedWarning: true,
        unref: true,
      },
    );
    task.on('execution:missed', () => void catchUp([...jobs.values()]).catch(() => undefined));
    void task.start();
    groups.set(key, { task, jobs });
  }

  function disarm(job: ScheduledJob): void {
    scheduled.delete(job.id);
    const key = groupKey(job);
    const group = groups.get(key);
    if (group === undefined) return;
    group.jobs.delete(job.id);
    if (group.jobs.size === 0) {
      void group.task.destroy();
      groups.delete(key);
    }
  }

  async function loadJobs(): Promise<ScheduledJob[]> {
    const subscriptions = await deps.store.listAllSubscriptions();
    const jobs = [
      ...subscriptions
        .filter((subscription) => subscription.status !== 'paused')
        .map(jobFromSubscription),
      ...definitionJobs,
    ];
    return jobs.filter((job) => channels.has(job.destination.platform));
  }

  async function reconcileOnce(): Promise<void> {
    const jobs = await loadJobs();
    if (stopping) return;
    const wanted = new Map(jobs.map((job) => [job.id, job]));
    for (const [id, job] of scheduled) {
      const next = wanted.get(id);
      if (next === undefined || !sameJob(next, job)) disarm(job);
    }
    const armed = jobs.filter((job) => !scheduled.has(job.id));
    for (const job of armed) arm(job);
    poller?.setFeeds(jobs.flatMap((job) => job.sources.filter(isFeedUrl)));
    await recoverExpired(wanted);
    // Armed timers fire on time (or report a miss); only newly armed jobs may have missed a
    // slot: every job at start, and subscriptions created elsewhere just before their slot.
    if (!stopping) await catchUp(armed);
  }

  /** Completes the claims of processes that died: same slot, same articles, posted once. */
  async function recoverExpired(jobs: Map<string, ScheduledJob>): Promise<void> {
    const now = clock.now().toISOString();
    for (const record of await deps.store.listExpiredClaims(now, 100)) {
      const job = jobs.get(record.subscriptionId);
      if (job === undefined || stopping) continue;
      const key = `${job.id}@${record.slot}`;
      if (pending.has(key)) continue;
      pending.add(key);
      void track(
        limiter
          .run(job.id, async () => {
            const taken = await deps.store.takeOverSlot(
              { subscriptionId: record.subscriptionId, slot: record.slot },
              owner,
              clock.now().toISOString(),
              options.leaseMs,
            );
            if (taken === undefined) return 'already-claimed';
            logger.warn({ job: job.id, slot: record.slot, from: record.owner }, 'recovering claim');
            return deliverClaimed(slotDeps, job, taken, abort.signal);
          })
          .then(
            (outcome) => logOutcome(job, record.slot, outcome),
            (error: unknown) =>
              logger.error({ job: job.id, error: String(error) }, 'recovery crashed'),
          )
          .finally(() => pending.delete(key)),
      );
    }
  }

  async function notifyPaused(state: FeedState): Promise<void> {
    const told = new Set<string>();
    for (const job of scheduled.values()) {
      if (!job.sources.includes(state.url)) continue;
      const destination = destinationKey(job.destination);
      if (told.has(destination)) continue;
      told.add(destination);
      const noticeKey = `feed-paused:${state.url}:${destination}:${state.lastSuccessAt ?? 'never'}`;
      if (!(await deps.store.claimNotice(noticeKey, clock.now().toISOString()))) continue;
      const text =
        `Paused the feed ${state.url} after ${state.consecutiveFailures} failed attempts in a row` +
        ` (${state.lastError ?? 'unknown error'}). Digests go on with the other sources.`;
      try {
        await channels.get(job.destination.platform)?.notify(job.destination, text);
      } catch (error) {
        logger.warn({ job: job.id, error: String(error) }, 'could not post the feed notice');
      }
    }
  }

  function reconcile(): Promise<void> {
    reconciling ??= reconcileOnce()
      .catch((error: unknown) => logger.error({ error: String(error) }, 'reconcile failed'))
      .finally(() => {
        reconciling = undefined;
      });
    return track(reconciling);
  }

  return {
    owner,
    async start() {
      await reconcile();
      if (stopping) return;
      reconcileTimer = setInterval(() => void reconcile(), options.reconcileMs);
      reconcileTimer.unref();
      poller?.start();
    },

    async stop(deadlineMs = 10_000) {
      stopping = true;
      if (reconcileTimer !== undefined) clearInterval(reconcileTimer);
      for (const { task } of groups.values()) void task.destroy();
      groups.clear();
      scheduled.clear();
      const settled = Promise.allSettled([...inFlight, poller?.stop()]).then(() => true);
      const finished = await Promise.race([settled, delay(deadlineMs).then(() => false)]);
      if (!finished) {
        abort.abort();
        logger.warn({ inFlight: inFlight.size }, 'shutdown deadline passed; claims left to lease');
      }
      return { finished };
    },

    reconcile,

    async idle() {
      while (inFlight.size > 0) await Promise.allSettled([...inFlight]);
    },

    jobs: () => [...scheduled.values()],

    pollDueFeeds: () => poller?.tick() ?? Promise.resolve(),
  };
}

function delay(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms).unref());
}

function sleep(ms: number, signal: AbortSignal): Promise<boolean> {
  if (signal.aborted) return Promise.resolve(false);
  return new Promise((resolve) => {
    const timer = setTimeout(() => {
      signal.removeEventListener('abort', onAbort);
      resolve(true);
    }, ms);
    const onAbort = () => {
      clearTimeout(timer);
      resolve(false);
    };
    signal.addEventListener('abort', onAbort, { once: true });
  });
}
