// The server's resident memory, read from /proc because it is another process (Linux only).
import { readFileSync } from 'node:fs';
import { setTimeout as sleep } from 'node:timers/promises';

/** VmRSS of a process in bytes, or null where /proc is missing or the process is gone. */
export function readRss(pid) {
  try {
    const match = /^VmRSS:\s+(\d+)\s+kB/m.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
    return match ? Number(match[1]) * 1024 : null;
  } catch {
    return null;
  }
}

/** RSS after the process had a moment to settle (timers, GC after the last burst of work). */
export async function settledRss(pid, waitMs = 2000) {
  await sleep(waitMs);
  return readRss(pid);
}

export function megabytes(bytes) {
  return bytes === null ? null : bytes / (1024 * 1024);
}
