/**
 * Runs tasks with at most `perKey` at a time for one key (a feed's host) and `total` overall;
 * the rest wait in arrival order. Politeness towards one site without starving the others.
 */
export interface KeyedLimiter {
  run<T>(key: string, task: () => Promise<T>): Promise<T>;
  readonly active: number;
}

export function createKeyedLimiter(perKey: number, total: number): KeyedLimiter {
  const activeByKey = new Map<string, number>();
  const waiting: { key: string; start: () => void }[] = [];
  let active = 0;

  const canStart = (key: string) => active < total && (activeByKey.get(key) ?? 0) < perKey;

  const pump = () => {
    for (let i = 0; i < waiting.length && active < total;) {
      const next = waiting[i];
      if (next !== undefined && canStart(next.key)) {
        waiting.splice(i, 1);
        next.start();
      } else {
        i++;
      }
    }
  };

  return {
    get active() {
      return active;
    },
    run(key, task) {
      return new Promise((resolve, reject) => {
        const start = () => {
          active++;
          activeByKey.set(key, (activeByKey.get(key) ?? 0) + 1);
          task()
            .then(resolve, reject)
            .finally(() => {
              active--;
              const left = (activeByKey.get(key) ?? 1) - 1;
              if (left === 0) activeByKey.delete(key);
              else activeByKey.set(key, left);
              pump();
            });
        };
        if (canStart(key)) start();
        else waiting.push({ key, start });
      });
    },
  };
}
