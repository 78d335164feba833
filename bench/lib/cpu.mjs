// CPU time of the server (from /proc) and of the bench itself: shows which side saturated during a run.
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';

/** Clock ticks per second of /proc/<pid>/stat; 100 on practically every Linux. */
const ticksPerSecond = (() => {
  try {
    return Number(execFileSync('getconf', ['CLK_TCK'], { encoding: 'utf8' }).trim()) || 100;
  } catch {
    return 100;
  }
})();

/** User + system CPU seconds of a process and all its threads, or null without /proc. */
function processCpuSeconds(pid) {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    // The command name may contain spaces: fields are counted after its closing parenthesis.
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return (Number(fields[11]) + Number(fields[12])) / ticksPerSecond; // utime, stime (fields 14 and 15)
  } catch {
    return null;
  }
}

/** CPU seconds of several processes together (the instances of one scenario), or null when any is unreadable. */
function totalCpuSeconds(pids) {
  const each = pids.map(processCpuSeconds);
  return each.includes(null) ? null : each.reduce((sum, s) => sum + s, 0);
}

/**
 * Starts measuring; the returned function gives CPU use as % of one core for the server (all of `serverPids`
 * together when it is a list) and the bench since then.
 */
export function startCpuMeter(serverPids) {
  const pids = [serverPids].flat();
  const started = performance.now();
  const server = totalCpuSeconds(pids);
  const bench = process.cpuUsage();
  return () => {
    const seconds = (performance.now() - started) / 1000;
    const serverNow = totalCpuSeconds(pids);
    const benchUsed = process.cpuUsage(bench);
    return {
      server: server === null || serverNow === null ? null : ((serverNow - server) / seconds) * 100,
      bench: ((benchUsed.user + benchUsed.system) / 1e6 / seconds) * 100,
    };
  };
}
