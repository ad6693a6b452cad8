/** The shape of `bench-<N>.json`: everything one benchmark run measured. */
import type { BudgetCheck } from './budgets.ts';
import type { SocialCards } from '../config/site.ts';
import type { PhaseSplit } from './phases.ts';
import type { CpuTime, MemoryReport, MemorySample } from './proc.ts';
import type { PageWeight } from './weights.ts';
import type { RebuiltPages } from './rebuild.ts';

export interface Machine {
  cpus: number;
  cpuModel: string;
  memoryBytes: number;
  node: string;
  platform: string;
  /** 1-minute load average before and after the build: other work on a shared machine slows the build. */
  loadAverage: { before: number; after: number };
}

export interface SearchMeasured {
  query: string;
  refine: { key: string; value: string };
  firstQueryBytes: number;
  refinedQueryBytes: number;
  requests: number;
  firstByKind: Record<string, number>;
  refinedByKind: Record<string, number>;
}

export interface BenchResult {
  schema: 1;
  startedAt: string;
  machine: Machine;
  params: {
    jobs: number;
    companies: number;
    seed: number;
    buildDate: string;
    /** socialCards (src/config/site.ts, or SOCIAL_CARDS): whether dist/ holds a card per job. Absent in older results. */
    socialCards?: SocialCards;
  };
  generation: { ms: number; files: number; bytes: number };
  build: {
    exitCode: number | null;
    wallMs: number;
    listingsPerSecond: number;
    /** CPU time of every process of the build, on all cores; null without /proc. */
    cpu: CpuTime | null;
    memory: Omit<MemoryReport, 'samples'> & {
      /** The highest tree RSS in each second of the build. */
      perSecond: MemorySample[];
      /** The build phase running when memory peaked. */
      peakPhase: string;
      /** The highest tree RSS seen in each phase. */
      peakByPhase: { phase: string; peakBytes: number }[];
    };
  };
  phases: PhaseSplit;
  dist: { bytes: number; files: number; byFolder: { folder: string; bytes: number; files: number }[] } | null;
  pages: PageWeight[];
  /** How many job pages were weighed; the table shows the largest. */
  jobPagesSampled: number;
  ourSearchScriptGzip: number | null;
  search: SearchMeasured | { skipped: string };
  budgets: BudgetCheck[];
  /** With --rebuild: the same build again after a small change, caches warm. */
  rebuild?: {
    change: string;
    exitCode: number | null;
    wallMs: number;
    cpu: CpuTime | null;
    peakMemoryBytes: number;
    pages: RebuiltPages;
    phases: PhaseSplit;
    /** The phase running when the rebuild's memory peaked, and the largest processes then. */
    peakPhase: string;
    peakProcesses: MemoryReport['peakProcesses'];
  };
}
