/** A job run every `intervalMs`, never overlapping itself; `stop` waits for a run in progress. */
export interface PeriodicJob {
  /** Runs the job now (when not already running) and waits for it. */
  runNow(): Promise<void>;
  stop(): Promise<void>;
}

export function startPeriodic(intervalMs: number, job: () => Promise<void>, onError: (error: unknown) => void): PeriodicJob {
  let running: Promise<void> | undefined;
  let stopped = false;
  const runNow = () => {
    if (stopped) return Promise.resolve();
    running ??= job()
      .catch(onError)
      .finally(() => {
        running = undefined;
      });
    return running;
  };
  const timer = setInterval(() => void runNow(), intervalMs);
  timer.unref();
  return {
    runNow,
    async stop() {
      stopped = true;
      clearInterval(timer);
      await running;
    },
  };
}
