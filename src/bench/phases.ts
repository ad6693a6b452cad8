/**
 * Splits a build's wall time into phases from the moments its marker lines
 * reach stdout/stderr. `npm run build` (src/build/pipeline.ts) runs the
 * validator and `astro build` side by side, with the social-card warmer once
 * validation has passed, then the search indexer and the social-image
 * painter (one after the other, or side by side for a search index in
 * several parts); each prints a recognisable line
 * when it starts or finishes a phase. Because phases overlap, "other" is
 * the wall time no phase covers.
 */

export interface TimedLine {
  /** Milliseconds since the build command was spawned. */
  t: number;
  text: string;
}

/** Terminal colours Astro and the validator may add. */
const ansi = /\u001b\[[0-9;]*[A-Za-z]/g;
export const stripAnsi = (text: string) => text.replace(ansi, '');

export const markerPatterns = {
  /** npm's "> openings@0.1.0 build" banner: the script is starting. */
  npmBanner: /^> \S+@\S+ build$/,
  /** The validator's verdict in the build ("✔ 92 files valid"; src/listing-files/validate/report.ts formatForBuild). */
  validated: /^✔ \d+ files? valid$/,
  syncStart: /\[content\] Syncing content/,
  syncEnd: /\[content\] Synced content/,
  renderStart: /generating static routes/,
  /** The first "✓ Completed in" after renderStart. */
  completed: /✓ Completed in/,
  imagesStart: /generating optimized images/,
  astroDone: /\[build\] Complete!/,
  /** "Search index: 311 pages read in 912 ms → 1 part in dist/pagefind (…)". */
  indexed: /^Search index: (\d+) pages read in (\d+) ms(?: → (\d+) parts?)?/,
  /** "Social images ahead: 64 painted while Astro built, 64 cards checked (all open jobs) in 1447 ms". */
  warmedAhead: /^Social images ahead: (\d+) painted.* in (\d+) ms$/,
  /** "Social images: 311 cards (12 painted, 299 from cache) in 912 ms". */
  socialDone: /^Social images: (\d+) cards.* in (\d+) ms$/,
  pagesBuilt: /\[build\] (\d+) page\(s\) built in/,
} as const;

export interface Markers {
  npmBanner: number | null;
  validated: number | null;
  syncStart: number | null;
  syncEnd: number | null;
  renderStart: number | null;
  renderEnd: number | null;
  imagesStart: number | null;
  imagesEnd: number | null;
  astroDone: number | null;
  indexed: number | null;
  /**
   * How many index parts the indexer wrote: with more than one the painter ran beside it
   * (src/build/pipeline.ts), so its phase starts when Astro is done.
   */
  indexedParts: number | null;
  socialDone: number | null;
  warmedAhead: number | null;
}

export interface PhaseSplit {
  /** Runs alongside Astro's start-up and content sync. */
  validationMs: number | null;
  contentSyncMs: number | null;
  renderingMs: number | null;
  searchIndexingMs: number | null;
  /**
   * The painter (src/social/place-cards.ts), including starting Node: from the indexer's line to the painter's,
   * or from Astro's "Complete!" when the two ran side by side.
   */
  socialImagesMs: number | null;
  /** Painting cards ahead, alongside Astro, as the warmer reports it (its line is printed only once Astro is done). */
  socialAheadMs: number | null;
  /** Cards the warmer painted while Astro built. */
  socialAheadPainted: number | null;
  /** The wall time no phase above covers: npm and Node start-up, Astro start-up not hidden behind validation, type generation, Vite bundling, logo images. */
  otherMs: number;
  /** Where "other" goes, where the markers allow telling. */
  otherDetail: {
    /** Spawn to npm's banner. */
    npmStartMs: number | null;
    /** Astro's start-up (Node, Vite, config) not hidden behind validation: validator done to Astro's first content line. */
    astroStartMs: number | null;
    /** Content synced to the first page rendered: type generation and Vite bundling. */
    bundlingMs: number | null;
    /** Pages rendered to Astro done: logo images and the build summary. */
    imagesMs: number | null;
  };
  markers: Markers;
  /** What the tools themselves report. */
  pagesBuilt: number | null;
  pagesIndexed: number | null;
  pagefindReportedMs: number | null;
}

/** Text of a line as the patterns expect it: no colours, no Astro "HH:MM:SS " prefix, trimmed. */
export function normalizeLine(text: string): string {
  return stripAnsi(text)
    .replace(/^\d{2}:\d{2}:\d{2}\s+/, '')
    .trim();
}

export function findMarkers(lines: readonly TimedLine[]): Markers & {
  pagesBuilt: number | null;
  pagesIndexed: number | null;
  pagefindReportedMs: number | null;
  socialAheadPainted: number | null;
  socialAheadMs: number | null;
} {
  const m: Markers = {
    npmBanner: null,
    validated: null,
    syncStart: null,
    syncEnd: null,
    renderStart: null,
    renderEnd: null,
    imagesStart: null,
    imagesEnd: null,
    astroDone: null,
    indexed: null,
    indexedParts: null,
    socialDone: null,
    warmedAhead: null,
  };
  let socialAheadPainted: number | null = null;
  let socialAheadMs: number | null = null;
  let pagesBuilt: number | null = null;
  let pagesIndexed: number | null = null;
  let pagefindReportedMs: number | null = null;
  const first = (key: keyof Markers, t: number) => {
    if (m[key] === null) m[key] = t;
  };
  for (const { t, text: raw } of lines) {
    const text = normalizeLine(raw);
    if (markerPatterns.npmBanner.test(text)) first('npmBanner', t);
    else if (markerPatterns.validated.test(text)) first('validated', t);
    else if (markerPatterns.syncStart.test(text)) first('syncStart', t);
    else if (markerPatterns.syncEnd.test(text)) first('syncEnd', t);
    else if (markerPatterns.renderStart.test(text)) first('renderStart', t);
    else if (markerPatterns.imagesStart.test(text)) first('imagesStart', t);
    else if (markerPatterns.astroDone.test(text)) first('astroDone', t);
    else if (markerPatterns.socialDone.test(text)) {
      first('socialDone', t);
    } else if (markerPatterns.warmedAhead.test(text)) {
      first('warmedAhead', t);
      const [, painted, ms] = markerPatterns.warmedAhead.exec(text)!;
      socialAheadPainted = Number(painted);
      socialAheadMs = Number(ms);
    } else if (markerPatterns.completed.test(text)) {
      if (m.renderStart !== null && m.renderEnd === null) m.renderEnd = t;
      else if (m.imagesStart !== null && m.imagesEnd === null) m.imagesEnd = t;
    } else {
      const built = markerPatterns.pagesBuilt.exec(text);
      if (built) pagesBuilt = Number(built[1]);
      const indexed = markerPatterns.indexed.exec(text);
      if (indexed) {
        first('indexed', t);
        m.indexedParts ??= indexed[3] === undefined ? null : Number(indexed[3]);
        pagesIndexed = Number(indexed[1]);
        pagefindReportedMs = Number(indexed[2]);
      }
    }
  }
  return { ...m, pagesBuilt, pagesIndexed, pagefindReportedMs, socialAheadPainted, socialAheadMs };
}

const span = (from: number | null, to: number | null) => (from !== null && to !== null && to >= from ? to - from : null);

/** Total length of the union of [from, to] intervals (phases that overlap count once). */
export function coveredMs(intervals: readonly (readonly [number, number])[]): number {
  const sorted = [...intervals].filter(([from, to]) => to > from).sort((a, b) => a[0] - b[0]);
  let covered = 0;
  let reached = -Infinity;
  for (const [from, to] of sorted) {
    if (to <= reached) continue;
    covered += to - Math.max(from, reached);
    reached = to;
  }
  return covered;
}

/**
 * Where the painter's phase starts: the indexer's line, or Astro's "Complete!" on a board of several index
 * parts, where src/build/pipeline.ts runs the painter beside the indexer. (Telling it from the times alone
 * failed: the two lines of one process can reach the benchmark together.)
 */
const socialImagesFrom = (m: Markers) => (m.indexedParts !== null && m.indexedParts > 1 ? m.astroDone : m.indexed);

/**
 * Validation runs from npm's banner (or the start) to the validator's summary;
 * content sync and page rendering between Astro's own lines; search indexing
 * from Astro's "Complete!" to the indexer's line (so it includes starting
 * Node and Pagefind); social images from there to the painter's line, or
 * from Astro's "Complete!" when they ran side by side; cards painted ahead
 * as the warmer reports them. What no phase covers is "other".
 */
export function splitPhases(lines: readonly TimedLine[], wallMs: number): PhaseSplit {
  const found = findMarkers(lines);
  const { pagesBuilt, pagesIndexed, pagefindReportedMs, socialAheadPainted, socialAheadMs, ...markers } = found;
  const phases: [number | null, number | null][] = [
    [markers.npmBanner ?? 0, markers.validated],
    [markers.syncStart, markers.syncEnd],
    [markers.renderStart, markers.renderEnd],
    [markers.astroDone, markers.indexed],
    [socialImagesFrom(markers), markers.socialDone],
  ];
  const [validationMs = null, contentSyncMs = null, renderingMs = null, searchIndexingMs = null, socialImagesMs = null] = phases.map(
    ([from, to]) => span(from, to),
  );
  const known = phases.filter((p): p is [number, number] => span(p[0], p[1]) !== null);
  return {
    validationMs,
    contentSyncMs,
    renderingMs,
    searchIndexingMs,
    socialImagesMs,
    socialAheadMs,
    socialAheadPainted,
    otherMs: Math.max(0, wallMs - coveredMs(known)),
    otherDetail: {
      npmStartMs: markers.npmBanner,
      astroStartMs: markers.syncStart === null ? null : (span(markers.validated, markers.syncStart) ?? 0),
      bundlingMs: span(markers.syncEnd, markers.renderStart),
      imagesMs: span(markers.renderEnd, markers.astroDone),
    },
    markers,
    pagesBuilt,
    pagesIndexed,
    pagefindReportedMs,
  };
}

/** Which phase of the build was running at `t` (for saying when memory peaked). */
export function phaseAt(markers: Markers, t: number): string {
  const astroSteps: [string, number | null][] = [
    ['npm start-up', 0],
    ['validation', markers.npmBanner],
    ['Astro start-up', markers.validated],
    ['content sync', markers.syncStart],
    ['types and bundling', markers.syncEnd],
    ['page rendering', markers.renderStart],
    ['logo images', markers.renderEnd],
  ];
  if (markers.astroDone === null || t < markers.astroDone) {
    let current = 'unknown';
    for (const [name, start] of astroSteps) if (start !== null && t >= start) current = name;
    return current;
  }
  const afterAstro: [string, number | null, number | null][] = [
    ['search indexing', markers.astroDone, markers.indexed],
    ['social images', socialImagesFrom(markers), markers.socialDone],
  ];
  const running = afterAstro.filter(([, from, to]) => from !== null && t >= from && (to === null || t < to)).map(([name]) => name);
  return running.length > 0 ? running.join(' and ') : 'after social images';
}

/** The highest sample in each phase, in the order the phases ran. */
export function peakByPhase(samples: readonly { t: number; rssBytes: number }[], markers: Markers): { phase: string; peakBytes: number }[] {
  const peaks = new Map<string, number>();
  for (const { t, rssBytes } of samples) {
    const phase = phaseAt(markers, t);
    peaks.set(phase, Math.max(peaks.get(phase) ?? 0, rssBytes));
  }
  return [...peaks].map(([phase, peakBytes]) => ({ phase, peakBytes }));
}
