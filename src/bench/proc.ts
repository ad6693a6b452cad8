/**
 * Memory of a whole process tree on Linux: read /proc/<pid>/status for
 * every process (PPid and VmRSS), find the descendants of one pid and sum
 * their resident memory. Shared pages (libraries, the Node binary) count
 * once per process, so the sum slightly overstates what the machine needs.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

export interface ProcInfo {
  pid: number;
  ppid: number;
  name: string;
  /** Resident set size in bytes (0 for kernel threads and zombies). */
  rssBytes: number;
}

/** Parses the text of /proc/<pid>/status; undefined when it is not a process status. */
export function parseStatus(text: string): ProcInfo | undefined {
  const field = (key: string) => new RegExp(`^${key}:\\s*(.*)$`, 'm').exec(text)?.[1]?.trim();
  const pid = Number(field('Pid'));
  const ppid = Number(field('PPid'));
  if (!Number.isInteger(pid) || !Number.isInteger(ppid) || field('Pid') === undefined) return undefined;
  const rss = /^(\d+)\s*kB$/i.exec(field('VmRSS') ?? '');
  return { pid, ppid, name: field('Name') ?? '?', rssBytes: rss ? Number(rss[1]) * 1024 : 0 };
}

/** `root` and every process below it. */
export function descendants(procs: readonly ProcInfo[], root: number): ProcInfo[] {
  const children = new Map<number, ProcInfo[]>();
  for (const proc of procs) {
    const list = children.get(proc.ppid);
    if (list) list.push(proc);
    else children.set(proc.ppid, [proc]);
  }
  const self = procs.find((p) => p.pid === root);
  if (!self) return [];
  const result: ProcInfo[] = [];
  const queue = [self];
  const seen = new Set<number>();
  while (queue.length > 0) {
    const proc = queue.shift()!;
    if (seen.has(proc.pid)) continue;
    seen.add(proc.pid);
    result.push(proc);
    queue.push(...(children.get(proc.pid) ?? []));
  }
  return result;
}

export function treeRss(procs: readonly ProcInfo[], root: number): number {
  return descendants(procs, root).reduce((sum, p) => sum + p.rssBytes, 0);
}

/** Every process on the machine right now (processes that exit mid-scan are skipped). */
export function readProcs(procRoot = '/proc'): ProcInfo[] {
  const result: ProcInfo[] = [];
  for (const entry of readdirSync(procRoot)) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const info = parseStatus(readFileSync(join(procRoot, entry, 'status'), 'utf8'));
      if (info) result.push(info);
    } catch {
      // Gone between readdir and read.
    }
  }
  return result;
}

/** "node …/astro build", shortened to something readable; undefined when the process is gone. */
export function commandLine(pid: number, procRoot = '/proc'): string | undefined {
  try {
    const argv = readFileSync(join(procRoot, String(pid), 'cmdline'), 'utf8')
      .split('\0')
      .filter(Boolean);
    return shortCommand(argv);
  } catch {
    return undefined;
  }
}

/** ["/x/node", "/repo/node_modules/.bin/astro", "build"] -> "node astro build". */
export function shortCommand(argv: readonly string[]): string | undefined {
  if (argv.length === 0) return undefined;
  return argv
    .slice(0, 4)
    .map((arg) => (arg.startsWith('/') ? arg.split('/').at(-1)! : arg))
    .join(' ')
    .slice(0, 80);
}

export interface MemorySample {
  /** Milliseconds since the sampler started. */
  t: number;
  rssBytes: number;
}

export interface MemoryReport {
  peakBytes: number;
  peakAtMs: number;
  /** The biggest processes at the peak. */
  peakProcesses: { pid: number; command: string; rssBytes: number }[];
  samples: MemorySample[];
}

/** Polls the tree under `root` every `intervalMs` until stop() is called. */
export function sampleTreeMemory(root: number, intervalMs = 100): { stop: () => MemoryReport } {
  const started = performance.now();
  const samples: MemorySample[] = [];
  let peak: MemoryReport['peakProcesses'] = [];
  let peakBytes = 0;
  let peakAtMs = 0;
  const commands = new Map<number, string>();
  const poll = () => {
    const tree = descendants(readProcs(), root);
    const bytes = tree.reduce((sum, p) => sum + p.rssBytes, 0);
    const t = Math.round(performance.now() - started);
    samples.push({ t, rssBytes: bytes });
    // Command lines are read once per process, while it is alive (an exiting process has none).
    for (const proc of tree) if (!commands.has(proc.pid)) commands.set(proc.pid, commandLine(proc.pid) ?? proc.name);
    if (bytes <= peakBytes) return;
    peakBytes = bytes;
    peakAtMs = t;
    peak = [...tree]
      .sort((a, b) => b.rssBytes - a.rssBytes)
      .slice(0, 5)
      .map(({ pid, name, rssBytes }) => ({ pid, command: commands.get(pid) ?? name, rssBytes }));
  };
  poll();
  const timer = setInterval(poll, intervalMs);
  return {
    stop: () => {
      clearInterval(timer);
      return { peakBytes, peakAtMs, peakProcesses: peak, samples };
    },
  };
}

export interface CpuTime {
  userMs: number;
  systemMs: number;
}

/**
 * Linux reports /proc times in USER_HZ ticks, which is 100 a second on every
 * architecture Node supports (it is part of the kernel's ABI, unlike HZ).
 */
const USER_HZ = 100;

/**
 * CPU time of the children a process has waited for: cutime and cstime in
 * /proc/<pid>/stat. A child's time is added once it has exited and been
 * waited for, with the time of the children it waited for in turn, so the
 * difference across `npm run build` is the CPU the whole build used on all
 * cores. Undefined for text that is not a stat line.
 */
export function parseChildrenCpu(statText: string): CpuTime | undefined {
  // The command name (field 2) is in parentheses and may hold spaces or ")": fields follow the last ")".
  const nameEnd = statText.lastIndexOf(')');
  if (nameEnd < 0) return undefined;
  const fields = statText
    .slice(nameEnd + 1)
    .trim()
    .split(/\s+/);
  const cutime = Number(fields[13]);
  const cstime = Number(fields[14]);
  if (!Number.isInteger(cutime) || !Number.isInteger(cstime)) return undefined;
  return { userMs: (cutime * 1000) / USER_HZ, systemMs: (cstime * 1000) / USER_HZ };
}

/** This process's waited-for children's CPU time so far; undefined without /proc. */
export function childrenCpu(procRoot = '/proc'): CpuTime | undefined {
  try {
    return parseChildrenCpu(readFileSync(join(procRoot, 'self', 'stat'), 'utf8'));
  } catch {
    return undefined;
  }
}

/** CPU used between two readings of childrenCpu(); null when either is missing. */
export function cpuBetween(before: CpuTime | undefined, after: CpuTime | undefined): CpuTime | null {
  if (!before || !after) return null;
  return { userMs: after.userMs - before.userMs, systemMs: after.systemMs - before.systemMs };
}
