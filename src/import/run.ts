/**
 * One import run: read the profiles with an `import:` block, fetch their
 * boards (a few at a time), plan each board against content/jobs, write the
 * files, and report per company. A board that fails (unreachable, unknown,
 * malformed) is reported and changes nothing; the others are still written.
 */
import { existsSync, lstatSync, mkdirSync, readdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { readSourceFile } from '../listing-files/source-file.ts';
import { validatorCheck } from './check.ts';
import { ListingIndex, readListings } from './existing.ts';
import { defaultLimits, fetchJson, overrideProblem, withOverride, type FetchLimits } from './fetch.ts';
import { planCompany, type Entry, type FileWrite } from './planner.ts';
import { UnexpectedPayload, type BoardPostings, type ServiceMapping } from './posting.ts';
import { importConfigSchema, type ImportConfig } from './schema.ts';
import { services, serviceIds, type ServiceId } from './services.ts';
import { greenhouse } from './greenhouse.ts';
import { lever } from './lever.ts';
import { ashby } from './ashby.ts';
import { recruitee } from './recruitee.ts';

const mappings: Readonly<Record<ServiceId, ServiceMapping>> = { greenhouse, lever, ashby, recruitee };

export interface RunOptions {
  /** The content folder (CONTENT_DIR or ./content). */
  contentDir: string;
  /** The import day, YYYY-MM-DD: listings of vanished postings close on it. */
  today: string;
  /** Company ids to import; every profile with an `import:` block when empty. */
  only?: readonly string[] | undefined;
  /** Where the IMPORT_*_URL overrides are read. */
  env?: Readonly<Record<string, string | undefined>> | undefined;
  limits?: FetchLimits | undefined;
  /** Boards fetched at once. */
  concurrency?: number | undefined;
}

export interface CompanyReport {
  company: string;
  /** The profile, as the summary names it. */
  profile: string;
  service?: ServiceId | undefined;
  board?: string | undefined;
  /** Why nothing was imported for this company. */
  error?: string | undefined;
  entries: Entry[];
}

export interface ImportReport {
  date: string;
  companies: CompanyReport[];
}

/** Mistakes in how the importer was started: nothing is fetched. */
export class UsageError extends Error {}

const shownPath = (absolute: string) => {
  const path = relative(process.cwd(), absolute);
  return path.startsWith('..') ? absolute : path.split(sep).join('/');
};

interface Source {
  company: string;
  profile: string;
  path: string;
  bytes: Uint8Array;
  config?: ImportConfig | undefined;
  error?: string | undefined;
}

function readProfiles(companiesDir: string): Map<string, Source & { hasImport: boolean }> {
  const profiles = new Map<string, Source & { hasImport: boolean }>();
  if (!existsSync(companiesDir)) return profiles;
  for (const name of readdirSync(companiesDir).sort()) {
    const path = join(companiesDir, name);
    if (!name.toLowerCase().endsWith('.md') || !lstatSync(path).isFile()) continue;
    const company = name.replace(/\.md$/i, '');
    const profile = shownPath(path);
    const bytes = readFileSync(path);
    const read = readSourceFile(profile, bytes);
    if (!read.ok) {
      // Only a profile that may have an import block is worth an error here; the validator reports the rest.
      const mentionsImport = /^import:/m.test(new TextDecoder().decode(bytes));
      profiles.set(company, {
        company,
        profile,
        path,
        bytes,
        hasImport: mentionsImport,
        error: `${profile} cannot be read: ${read.problems[0]!.message}`,
      });
      continue;
    }
    const block = read.source.data['import'];
    if (block === undefined) {
      profiles.set(company, { company, profile, path, bytes, hasImport: false });
      continue;
    }
    const parsed = importConfigSchema.safeParse(block);
    if (parsed.success) profiles.set(company, { company, profile, path, bytes, hasImport: true, config: parsed.data });
    else {
      const issue = parsed.error.issues[0]!;
      const field = ['import', ...issue.path.map(String)].join('.');
      const line = read.source.lineOf(['import', ...issue.path]);
      profiles.set(company, { company, profile, path, bytes, hasImport: true, error: `${profile}:${line} ${field} ${issue.message}` });
    }
  }
  return profiles;
}

function selectSources(profiles: Map<string, Source & { hasImport: boolean }>, only: readonly string[]): Source[] {
  if (!only.length) return [...profiles.values()].filter((source) => source.hasImport);
  return [...new Set(only)].map((company) => {
    const source = profiles.get(company);
    if (!source)
      throw new UsageError(
        `There is no company profile content/companies/${company}.md; name companies by their file name, like npm run import -- acme`,
      );
    if (!source.hasImport) throw new UsageError(`${source.profile} has no import: block; see "Imported jobs" in CONTRIBUTING.md`);
    return source;
  });
}

async function fetchBoard(config: ImportConfig, profile: string, env: Readonly<Record<string, string | undefined>>, limits: FetchLimits) {
  const service = services[config.from];
  const url = withOverride(service.endpoint(config.board), env[service.overrideVariable] || undefined);
  const result = await fetchJson(url, limits);
  const board = `${service.label} board "${config.board}"`;
  if (!result.ok) {
    if (result.status === 404)
      return { error: `${service.label} has no board "${config.board}" (HTTP 404); check import.board in ${profile}` };
    return { error: `${board} ${result.message}` };
  }
  try {
    return { board: mappings[config.from].read(result.body) };
  } catch (error) {
    if (error instanceof UnexpectedPayload) return { error: `${board} answered in an unexpected shape: ${error.message}` };
    throw error;
  }
}

/** Runs `task` over `items`, at most `limit` at once, keeping their order. */
async function mapLimited<T, R>(items: readonly T[], limit: number, task: (item: T) => Promise<R>): Promise<R[]> {
  const results: R[] = new Array(items.length);
  let next = 0;
  const worker = async () => {
    for (let i = next++; i < items.length; i = next++) results[i] = await task(items[i]!);
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
  return results;
}

/** Writes through a temporary file, so a crash never leaves half a listing. */
function writeListing(write: FileWrite): void {
  const temporary = `${write.path}.import-tmp`;
  writeFileSync(temporary, write.text);
  renameSync(temporary, write.path);
}

export async function runImport(options: RunOptions): Promise<ImportReport> {
  const env = options.env ?? process.env;
  const limits = options.limits ?? defaultLimits;
  for (const id of serviceIds) {
    const value = env[services[id].overrideVariable];
    const problem = value ? overrideProblem(value) : undefined;
    if (problem) throw new UsageError(`${services[id].overrideVariable} ${problem}`);
  }
  const jobsDir = join(options.contentDir, 'jobs');
  const sources = selectSources(readProfiles(join(options.contentDir, 'companies')), options.only ?? []);
  const fetched = await mapLimited(sources, options.concurrency ?? 4, async (source) =>
    source.config ? await fetchBoard(source.config, source.profile, env, limits) : { error: source.error },
  );

  const listings = readListings(jobsDir, shownPath(jobsDir));
  const index = new ListingIndex(listings);
  const reports: CompanyReport[] = [];
  const writes: { write: FileWrite; report: CompanyReport }[] = [];
  sources.forEach((source, i) => {
    const result = fetched[i]!;
    const report: CompanyReport = {
      company: source.company,
      profile: source.profile,
      service: source.config?.from,
      board: source.config?.board,
      entries: [],
    };
    reports.push(report);
    const board: BoardPostings | undefined = 'board' in result ? result.board : undefined;
    if (!board || !source.config) {
      report.error = result.error ?? 'was not imported';
      return;
    }
    const plan = planCompany({
      company: source.company,
      config: source.config,
      board,
      listings,
      index,
      today: options.today,
      jobsFile: (slug) => ({ file: `${shownPath(jobsDir)}/${slug}.md`, path: join(jobsDir, `${slug}.md`) }),
      check: validatorCheck({ path: source.profile, bytes: source.bytes }, options.today),
    });
    report.entries = plan.entries;
    for (const write of plan.writes) writes.push({ write, report });
  });

  if (writes.length) mkdirSync(jobsDir, { recursive: true });
  for (const { write, report } of writes) {
    try {
      writeListing(write);
    } catch (error) {
      const entry = report.entries.find((e) => e.file === write.file && e.action !== 'skipped');
      if (entry)
        Object.assign(entry, {
          action: 'skipped',
          reason: `could not be written (${(error as NodeJS.ErrnoException).code ?? (error as Error).message})`,
        });
      report.error ??= `some files could not be written to ${shownPath(jobsDir)}`;
    }
  }
  return { date: options.today, companies: reports };
}
