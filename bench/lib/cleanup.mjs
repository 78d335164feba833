// What must be undone on every way out of the bench (normal end, error, Ctrl-C): servers stopped, throwaway
// databases dropped, Redis stopped. Run newest first, so a server stops before its database is dropped.
import { rmSync } from 'node:fs';
import { progress } from './report.mjs';

const tasks = new Map();

/** Registers `task` (async); returns a function that runs it now, once, and forgets it. */
export function onCleanup(label, task) {
  const key = Symbol(label);
  let running;
  const run = () => {
    tasks.delete(key);
    running ??= task();
    return running;
  };
  tasks.set(key, run);
  return run;
}

/** Runs every registered task, newest first; a failure is reported and the rest still run. */
export async function runCleanups() {
  for (const [key, run] of [...tasks.entries()].reverse()) {
    try {
      await run();
    } catch (error) {
      progress(`cleanup (${key.description}) failed: ${error.message}`);
    }
  }
}

/** Registers a temp folder for removal by the returned function, the cleanup, or (last resort) at exit. */
export function throwawayFolder(dir) {
  const removeNow = () => rmSync(dir, { recursive: true, force: true });
  process.once('exit', removeNow);
  return onCleanup(`folder ${dir}`, async () => {
    process.off('exit', removeNow);
    removeNow();
  });
}
