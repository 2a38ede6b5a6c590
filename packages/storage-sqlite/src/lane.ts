/**
 * One task at a time on the store's connection. A transaction now spans the awaits of a core use
 * case, and SQLite has one transaction per connection: without the lane, another call's
 * statements would run inside it (a read would see rows that may still roll back, a second BEGIN
 * would fail).
 */
export interface Lane {
  /** Runs `task` once every task given before has settled; settles as it does. */
  run<T>(task: () => T | Promise<T>): Promise<T>;
  /** Resolves once every task given so far has settled. */
  idle(): Promise<void>;
}

const ignore = (): void => {};

/** A new, empty lane. */
export const lane = (): Lane => {
  let tail: Promise<void> = Promise.resolve();
  return {
    run: <T>(task: () => T | Promise<T>): Promise<T> => {
      const result = tail.then(task);
      tail = result.then(ignore, ignore);
      return result;
    },
    idle: () => tail,
  };
};
