import { describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import {
  childrenCpu,
  cpuBetween,
  descendants,
  parseChildrenCpu,
  parseStatus,
  shortCommand,
  treeRss,
  type ProcInfo,
} from '../../src/bench/proc.ts';
import { cpuBoundMs, perSecond } from '../../src/bench/format.ts';

// Trimmed copies of real /proc/<pid>/status files.
const status = (name: string, pid: number, ppid: number, rssKb?: number) =>
  [
    `Name:\t${name}`,
    'Umask:\t0022',
    'State:\tS (sleeping)',
    `Tgid:\t${pid}`,
    'Ngid:\t0',
    `Pid:\t${pid}`,
    `PPid:\t${ppid}`,
    'TracerPid:\t0',
    'Uid:\t0\t0\t0\t0',
    ...(rssKb === undefined
      ? []
      : ['VmPeak:\t 1234567 kB', `VmSize:\t 1200000 kB`, `VmHWM:\t  ${rssKb + 10} kB`, `VmRSS:\t  ${rssKb} kB`, 'RssAnon:\t   1000 kB']),
    'Threads:\t7',
  ].join('\n') + '\n';

describe('/proc process-tree memory', () => {
  it('parses a process status file', () => {
    expect(parseStatus(status('node', 4242, 4200, 524288))).toEqual({ pid: 4242, ppid: 4200, name: 'node', rssBytes: 524288 * 1024 });
  });

  it('treats kernel threads and zombies (no VmRSS) as 0 bytes, and rejects other text', () => {
    expect(parseStatus(status('kthreadd', 2, 0))).toEqual({ pid: 2, ppid: 0, name: 'kthreadd', rssBytes: 0 });
    expect(parseStatus('not a status file')).toBeUndefined();
  });

  it('sums the resident memory of a process and all its descendants', () => {
    const procs = [
      status('systemd', 1, 0, 10_000),
      status('npm run build', 100, 50, 60_000),
      status('sh', 101, 100, 1_000),
      status('node', 102, 101, 600_000),
      status('esbuild', 103, 102, 15_000),
      status('pagefind', 104, 101, 80_000),
      status('unrelated', 200, 1, 999_999),
      status('kworker/0:1', 300, 2),
    ].map((text) => parseStatus(text)!) satisfies ProcInfo[];
    expect(descendants(procs, 100).map((p) => p.pid)).toEqual([100, 101, 102, 104, 103]);
    expect(treeRss(procs, 100)).toBe((60_000 + 1_000 + 600_000 + 15_000 + 80_000) * 1024);
    expect(treeRss(procs, 999)).toBe(0);
  });

  it('shortens command lines for the report', () => {
    expect(shortCommand(['/work/main/node_modules/node/bin/node', '/work/main/node_modules/.bin/astro', 'build'])).toBe('node astro build');
    expect(shortCommand([])).toBeUndefined();
  });

  it("reads the CPU time of waited-for children from a stat line, whatever the command's name", () => {
    // Fields 14–17 are utime, stime, cutime and cstime, in 1/100 s; the name may hold spaces and ")".
    const stat = '4242 (node (a) b) S 1 4242 4242 0 -1 4194304 98 0 0 0 7 3 1234 56 20 0 1 0 6237020 3133440 358';
    expect(parseChildrenCpu(stat)).toEqual({ userMs: 12_340, systemMs: 560 });
    expect(parseChildrenCpu('not a stat line')).toBeUndefined();
    expect(cpuBetween({ userMs: 100, systemMs: 50 }, { userMs: 1100, systemMs: 250 })).toEqual({ userMs: 1000, systemMs: 200 });
    expect(cpuBetween(undefined, { userMs: 1, systemMs: 1 })).toBeNull();
  });

  it.skipIf(!existsSync('/proc/self/stat'))('counts a child that burned CPU once it has been waited for', () => {
    const before = childrenCpu();
    // The child spins until it has used 400 ms of CPU by its own count, however long a busy machine takes to give it that
    // (spinning for 400 ms of wall time got less CPU under load).
    const burn = 'const used = () => process.cpuUsage().user + process.cpuUsage().system; while (used() < 400_000);';
    expect(spawnSync(process.execPath, ['-e', burn]).status).toBe(0);
    const used = cpuBetween(before, childrenCpu());
    expect(used).not.toBeNull();
    // /proc counts user and system time each in whole ticks of 10 ms, rounded down.
    expect(used!.userMs + used!.systemMs).toBeGreaterThanOrEqual(380);
  });

  it('bounds the wall time by the CPU time over the cores', () => {
    expect(cpuBoundMs({ userMs: 69_530, systemMs: 17_170 }, 2)).toBe(43_350);
    expect(cpuBoundMs({ userMs: 1000, systemMs: 0 }, 0)).toBe(1000);
  });

  it('keeps the highest sample of each second', () => {
    expect(
      perSecond([
        { t: 0, rssBytes: 5 },
        { t: 400, rssBytes: 9 },
        { t: 900, rssBytes: 7 },
        { t: 1100, rssBytes: 3 },
      ]),
    ).toEqual([
      { t: 400, rssBytes: 9 },
      { t: 1100, rssBytes: 3 },
    ]);
  });
});
