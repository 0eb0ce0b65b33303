// CPU seconds used, by this process and by another one (the database), so that a benchmark on
// a busy machine can tell work done from time spent waiting for a core.
import { readFileSync } from 'node:fs';

/** CPU seconds (user + system) this process has used so far. */
export function ownCpuSeconds(): number {
  const { user, system } = process.cpuUsage();
  return (user + system) / 1e6;
}

/** CPU seconds (user + system) process `pid` has used so far; null where /proc is missing. */
export function processCpuSeconds(pid: number): number | null {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    // Fields after the parenthesised command name; utime and stime are fields 14 and 15.
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    const ticks = Number(fields[11]) + Number(fields[12]);
    // Linux reports in clock ticks, which are 100 per second on every common kernel config.
    return ticks / 100;
  } catch {
    return null;
  }
}
