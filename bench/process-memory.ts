/**
 * Peak memory of Chromium's renderer processes on Linux, read from /proc: the high-water
 * mark of resident memory (VmHWM) of every renderer below the browser process.
 */
import { readdirSync, readFileSync } from 'node:fs';

function readOr(path: string): string {
  try {
    return readFileSync(path, 'utf8');
  } catch {
    return '';
  }
}

/** Return the largest VmHWM, in bytes, among the renderer processes descending from `browserPid`. */
export function readPeakRendererMemory(browserPid: number): number {
  const parentOf = new Map<number, number>();
  for (const entry of readdirSync('/proc').filter((name) => /^\d+$/.test(name))) {
    // The parent pid is the 4th field of /proc/<pid>/stat, after the parenthesised command name.
    const stat = readOr(`/proc/${entry}/stat`);
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    if (fields.length > 1) parentOf.set(Number(entry), Number(fields[1]));
  }
  const descendsFromBrowser = (pid: number): boolean => {
    for (let current = parentOf.get(pid); current !== undefined && current > 1; current = parentOf.get(current)) {
      if (current === browserPid) return true;
    }
    return false;
  };
  let peak = 0;
  for (const pid of parentOf.keys()) {
    if (!descendsFromBrowser(pid) || !readOr(`/proc/${pid}/cmdline`).includes('--type=renderer')) continue;
    const kilobytes = Number(/VmHWM:\s+(\d+) kB/.exec(readOr(`/proc/${pid}/status`))?.[1] ?? 0);
    peak = Math.max(peak, kilobytes * 1024);
  }
  return peak;
}
