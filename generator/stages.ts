/** Milliseconds per stage, in pipeline order: where a run's time goes. */
export type Stages = Partial<Record<"load" | "model" | "emit" | "format" | "write and build", number>>;

/** Runs one stage and records its milliseconds (once a promise settles, for an async stage). */
export function timed<T>(stages: Stages, stage: keyof Stages, run: () => T): T {
  const started = performance.now();
  const done = () => (stages[stage] = Math.round(performance.now() - started));
  const value = run();
  if (value instanceof Promise) return value.finally(done) as T;
  done();
  return value;
}
