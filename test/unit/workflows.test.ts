/**
 * The GitHub Actions workflows are code nobody runs locally, so this reads
 * them and checks what would otherwise only break on GitHub: every npm script
 * they call exists, the pull-request check stays safe for forks, and the
 * Pages deploy keeps its daily rebuild and the repository's sub-path.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';

type Dict = Record<string, unknown>;

export interface Step {
  readonly id: string | undefined;
  readonly name: string | undefined;
  readonly uses: string | undefined;
  readonly run: string | undefined;
  readonly with: Dict;
  readonly env: Dict;
}

export interface Job {
  readonly permissions: unknown;
  readonly env: Dict;
  readonly steps: readonly Step[];
}

export interface Workflow {
  readonly file: string;
  /** Each trigger and its settings (`null` when it has none). */
  readonly on: Dict;
  readonly permissions: unknown;
  readonly jobs: Readonly<Record<string, Job>>;
  /** The whole parsed document, for searches over every value. */
  readonly raw: unknown;
}

const isDict = (value: unknown): value is Dict => typeof value === 'object' && value !== null && !Array.isArray(value);

const dict = (value: unknown, where: string): Dict => {
  if (value === undefined || value === null) return {};
  if (!isDict(value)) throw new Error(`${where} should be a mapping`);
  return value;
};

const optionalString = (value: unknown, where: string): string | undefined => {
  if (value === undefined) return undefined;
  if (typeof value !== 'string') throw new Error(`${where} should be a string`);
  return value;
};

/** Turns the three shapes of `on:` (a name, a list, a mapping) into a mapping. */
function triggers(value: unknown, where: string): Dict {
  if (typeof value === 'string') return { [value]: null };
  if (Array.isArray(value)) {
    return Object.fromEntries(value.map((event) => [optionalString(event, where) ?? '', null]));
  }
  return dict(value, where);
}

/** Checks the shape of a parsed workflow and gives it types. */
export function toWorkflow(file: string, raw: unknown): Workflow {
  const doc = dict(raw, file);
  const jobs: Record<string, Job> = {};
  for (const [jobId, jobValue] of Object.entries(dict(doc['jobs'], `${file}: jobs`))) {
    const job = dict(jobValue, `${file}: jobs.${jobId}`);
    const stepsValue = job['steps'] ?? [];
    if (!Array.isArray(stepsValue)) throw new Error(`${file}: jobs.${jobId}.steps should be a list`);
    const steps = stepsValue.map((stepValue: unknown, index): Step => {
      const where = `${file}: jobs.${jobId}.steps[${index}]`;
      const step = dict(stepValue, where);
      return {
        id: optionalString(step['id'], `${where}.id`),
        name: optionalString(step['name'], `${where}.name`),
        uses: optionalString(step['uses'], `${where}.uses`),
        run: optionalString(step['run'], `${where}.run`),
        with: dict(step['with'], `${where}.with`),
        env: dict(step['env'], `${where}.env`),
      };
    });
    jobs[jobId] = { permissions: job['permissions'], env: dict(job['env'], `${file}: jobs.${jobId}.env`), steps };
  }
  // YAML 1.2 (the `yaml` package's default) keeps `on` a string key, but a
  // YAML 1.1 reader would make it `true`; accept either.
  const on = triggers(doc['on'] ?? doc['true'], `${file}: on`);
  return { file, on, permissions: doc['permissions'], jobs, raw };
}

export const allSteps = (workflow: Workflow): Step[] => Object.values(workflow.jobs).flatMap((job) => job.steps);

/**
 * Every npm script a `run:` string calls: `npm run X`, `npm run X -- args`,
 * `npm run --silent X`, `npm run-script X`, plus `npm test` / `npm start`,
 * which need `test` / `start` scripts.
 */
export function npmScriptsCalled(run: string): string[] {
  const names: string[] = [];
  const runScript = /\bnpm\s+(?:run|run-script)((?:\s+--?[\w-]+(?:=\S+)?)*)\s+([^\s;&|<>()'"`\\]+)/g;
  for (const match of run.matchAll(runScript)) {
    const name = match[2];
    if (name !== undefined) names.push(name);
  }
  const lifecycle = /\bnpm\s+(test|tst|t|start)\b/g;
  for (const match of run.matchAll(lifecycle)) {
    names.push(match[1] === 'start' ? 'start' : 'test');
  }
  return names;
}

export interface ScriptCall {
  readonly file: string;
  readonly step: string;
  readonly script: string;
}

export function scriptCalls(workflows: readonly Workflow[]): ScriptCall[] {
  return workflows.flatMap((workflow) =>
    allSteps(workflow).flatMap((step) =>
      npmScriptsCalled(step.run ?? '').map((script) => ({
        file: workflow.file,
        step: step.name ?? step.id ?? step.run ?? '(unnamed step)',
        script,
      })),
    ),
  );
}

/** Calls to npm scripts that package.json does not define, as readable lines. */
export function missingScripts(workflows: readonly Workflow[], scripts: Readonly<Dict>): string[] {
  return scriptCalls(workflows)
    .filter((call) => typeof scripts[call.script] !== 'string')
    .map((call) => `${call.file} (${call.step}): npm script "${call.script}" is not in package.json`);
}

/** Every string key and value in a parsed document. */
function strings(value: unknown): string[] {
  if (typeof value === 'string') return [value];
  if (Array.isArray(value)) return value.flatMap(strings);
  if (isDict(value)) return Object.entries(value).flatMap(([key, inner]) => [key, ...strings(inner)]);
  return [];
}

/** Ways a permissions block could grant write access. */
export function writePermissions(permissions: unknown): string[] {
  if (permissions === undefined) return [];
  if (typeof permissions === 'string') return permissions === 'read-all' ? [] : [permissions];
  return Object.entries(dict(permissions, 'permissions'))
    .filter(([, level]) => level !== 'read' && level !== 'none')
    .map(([scope, level]) => `${scope}: ${String(level)}`);
}

/** A `${{ steps.<id>.outputs.<output> }}` expression, spaced any way. */
const stepOutput = (id: string, output: string) =>
  new RegExp(String.raw`^\$\{\{\s*steps\.${id.replace(/[.*+?^${}()|[\]\\-]/g, '\\$&')}\.outputs\.${output}\s*\}\}$`);

// ---------------------------------------------------------------------------

const root = resolve(import.meta.dirname, '../..');
const workflowDir = join(root, '.github', 'workflows');
const files = readdirSync(workflowDir)
  .filter((name) => /\.ya?ml$/.test(name))
  .sort();
const workflows = files.map((file) => toWorkflow(file, parse(readFileSync(join(workflowDir, file), 'utf8')) as unknown));
const packageJson = dict(JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as unknown, 'package.json');
const scripts = dict(packageJson['scripts'], 'package.json scripts');

function workflow(file: string): Workflow {
  const found = workflows.find((candidate) => candidate.file === file);
  if (!found) throw new Error(`.github/workflows/${file} is missing`);
  return found;
}

const usesAction = (step: Step, action: string) => step.uses?.split('@')[0] === action;

describe('workflows', () => {
  it('finds the workflows', () => {
    expect(files).toEqual(expect.arrayContaining(['check.yml', 'deploy.yml']));
    for (const flow of workflows) expect(allSteps(flow).length, flow.file).toBeGreaterThan(0);
  });

  it('only calls npm scripts that package.json defines', () => {
    const called = new Set(scriptCalls(workflows).map((call) => call.script));
    // Guards against a regex that silently matches nothing.
    expect([...called]).toEqual(expect.arrayContaining(['validate', 'build', 'test']));
    expect(missingScripts(workflows, scripts)).toEqual([]);
  });

  it('reads npm script names the way npm does', () => {
    expect(npmScriptsCalled('npm run validate -- "${files[@]}"')).toEqual(['validate']);
    expect(npmScriptsCalled('npm run --silent docs:fields && npm test')).toEqual(['docs:fields', 'test']);
    expect(npmScriptsCalled('npm ci --no-audit\nnpm run-script build')).toEqual(['build']);
    expect(missingScripts([toWorkflow('x.yml', { jobs: { a: { steps: [{ run: 'npm run nope' }] } } })], scripts)).toEqual([
      'x.yml (npm run nope): npm script "nope" is not in package.json',
    ]);
  });
});

describe('check.yml (pull requests, including forks)', () => {
  const check = workflow('check.yml');

  it('runs on pull_request, never pull_request_target', () => {
    expect(Object.keys(check.on)).toContain('pull_request');
    expect(Object.keys(check.on)).not.toContain('pull_request_target');
  });

  it('has a read-only token', () => {
    expect(dict(check.permissions, 'permissions')['contents']).toBe('read');
    expect(writePermissions(check.permissions)).toEqual([]);
    for (const [id, job] of Object.entries(check.jobs)) expect(writePermissions(job.permissions), id).toEqual([]);
  });

  it('uses no secrets or token, and keeps no credentials after checkout', () => {
    expect(strings(check.raw).filter((text) => /\bsecrets\s*[.[]|\bgithub\.token\b/.test(text))).toEqual([]);
    const checkouts = allSteps(check).filter((step) => usesAction(step, 'actions/checkout'));
    expect(checkouts.length).toBeGreaterThan(0);
    for (const step of checkouts) expect(step.with['persist-credentials']).toBe(false);
  });

  it('puts no ${{ }} expression straight into a shell script', () => {
    const runs = allSteps(check).flatMap((step) => (step.run === undefined ? [] : [step.run]));
    expect(runs.length).toBeGreaterThan(0);
    expect(runs.filter((run) => run.includes('${{'))).toEqual([]);
  });

  // With CI=true a missing browser or web server fails npm test, and GitHub's runner has no Caddy.
  it('installs what npm test drives before it runs npm test, as .ci/run does', () => {
    for (const [id, job] of Object.entries(check.jobs)) {
      const runs = job.steps.map((step) => step.run ?? '');
      const test = runs.findIndex((run) => npmScriptsCalled(run).includes('test'));
      if (test < 0) continue;
      const install = runs.findIndex((run) => run.includes('.ci/install-tools'));
      expect(install, `${id}: a step runs .ci/install-tools`).toBeGreaterThanOrEqual(0);
      expect(install, `${id}: before npm test`).toBeLessThan(test);
    }
    expect(Object.values(check.jobs).some((job) => job.steps.some((step) => npmScriptsCalled(step.run ?? '').includes('test')))).toBe(true);
    expect(readFileSync(join(root, '.ci/run'), 'utf8')).toMatch(/\.ci\/install-tools[\s\S]*\nnpm test\n/);
    const installer = readFileSync(join(root, '.ci/install-tools'), 'utf8');
    for (const tool of ['chromium', 'nginx', 'caddy']) expect(installer).toContain(`missing+=(${tool})`);
  });
});

describe('deploy.yml (GitHub Pages)', () => {
  const deploy = workflow('deploy.yml');
  const steps = allSteps(deploy);

  it('deploys on every push to main and on a schedule', () => {
    const push = dict(deploy.on['push'], 'on.push');
    expect(push['branches']).toEqual(expect.arrayContaining(['main']));
    const schedule = deploy.on['schedule'];
    expect(Array.isArray(schedule) && schedule.length > 0, 'on.schedule lists at least one cron').toBe(true);
    for (const entry of Array.isArray(schedule) ? schedule : []) {
      expect(dict(entry, 'on.schedule[]')['cron']).toMatch(/^\S+( \S+){4}$/);
    }
  });

  it('uses the official Pages actions', () => {
    for (const action of ['actions/configure-pages', 'actions/upload-pages-artifact', 'actions/deploy-pages']) {
      expect(
        steps.some((step) => usesAction(step, action)),
        action,
      ).toBe(true);
    }
    const upload = steps.find((step) => usesAction(step, 'actions/upload-pages-artifact'));
    expect(upload?.with['path']).toMatch(/^(\.\/)?dist\/?$/);
    const permissions = dict(deploy.permissions, 'permissions');
    expect(permissions['pages']).toBe('write');
    expect(permissions['id-token']).toBe('write');
  });

  it('builds with the URL and base path from configure-pages', () => {
    const buildJobs = Object.entries(deploy.jobs).filter(([, job]) =>
      job.steps.some((step) => npmScriptsCalled(step.run ?? '').includes('build')),
    );
    expect(buildJobs.length, 'a job runs npm run build').toBeGreaterThan(0);
    for (const [jobId, job] of buildJobs) {
      const configureIndex = job.steps.findIndex((step) => usesAction(step, 'actions/configure-pages'));
      const configure = job.steps[configureIndex];
      expect(configure?.id, `${jobId}: configure-pages step with an id`).toBeTypeOf('string');
      const pagesId = configure?.id ?? '';
      job.steps.forEach((step, index) => {
        if (!npmScriptsCalled(step.run ?? '').includes('build')) return;
        expect(index, `${jobId}: configure-pages runs before the build`).toBeGreaterThan(configureIndex);
        const env = { ...job.env, ...step.env };
        expect(env['BASE_PATH']).toMatch(stepOutput(pagesId, 'base_path'));
        expect(env['SITE_URL']).toMatch(stepOutput(pagesId, 'origin'));
      });
    }
  });
});

describe('import.yml (scheduled ATS import, one pull request)', () => {
  const flow = workflow('import.yml');
  const runs = (job: Job) => job.steps.flatMap((step) => (step.run === undefined ? [] : [step.run]));
  const writers = Object.entries(flow.jobs).filter(([, job]) => writePermissions(job.permissions).length > 0);

  it('runs daily and on demand, never on pull requests', () => {
    expect(Object.keys(flow.on).sort()).toEqual(['schedule', 'workflow_dispatch']);
    const schedule = flow.on['schedule'];
    expect(Array.isArray(schedule) && schedule.length > 0).toBe(true);
    for (const entry of Array.isArray(schedule) ? schedule : []) expect(dict(entry, 'on.schedule[]')['cron']).toMatch(/^\S+ \S+ \* \* \*$/);
  });

  it('runs daily only where the board has turned it on, so forks and sample boards do not fail every day', () => {
    const raw = dict(parse(readFileSync(join(root, '.github/workflows/import.yml'), 'utf8')) as unknown, 'import.yml');
    const importJob = dict(dict(raw['jobs'], 'jobs')['import'], 'jobs.import');
    expect(importJob['if']).toBe("github.event_name == 'workflow_dispatch' || vars.IMPORT_DAILY == 'true'");
  });

  it('reads by default, and only the job that runs no project code may write', () => {
    expect(writePermissions(flow.permissions)).toEqual([]);
    expect(writers.map(([id]) => id)).toHaveLength(1);
    const [, writer] = writers[0]!;
    expect(writePermissions(writer.permissions).sort()).toEqual(['contents: write', 'pull-requests: write']);
    // No npm, node or project script where a write token is around.
    expect(runs(writer).filter((run) => /\bnpm\b|\bnode\b|\bnpx\b|scripts\//.test(run))).toEqual([]);
    for (const step of allSteps(flow).filter((s) => usesAction(s, 'actions/checkout')))
      expect(step.with['persist-credentials']).toBe(false);
  });

  it('imports and validates in the read-only job, the way the Check workflow would', () => {
    const reader = Object.entries(flow.jobs).find(([, job]) => runs(job).some((run) => npmScriptsCalled(run).includes('import')));
    expect(reader, 'a job runs npm run import').toBeDefined();
    const [id, job] = reader!;
    expect(writePermissions(job.permissions), id).toEqual([]);
    const called = runs(job).flatMap(npmScriptsCalled);
    expect(called.indexOf('validate')).toBeGreaterThan(called.indexOf('import'));
  });

  it('opens or updates one pull request whose body is the import summary', () => {
    const create = allSteps(flow).filter((step) => usesAction(step, 'peter-evans/create-pull-request'));
    expect(create).toHaveLength(1);
    const step = create[0]!;
    expect(step.uses).toMatch(/@v\d+$/);
    expect(
      typeof step.with['branch'] === 'string' && step.with['branch'].length > 0,
      'a fixed branch, so the same pull request is updated',
    ).toBe(true);
    expect(step.with['branch-suffix']).toBeUndefined();
    const summary = runs(Object.values(flow.jobs).find((job) => runs(job).some((run) => npmScriptsCalled(run).includes('import')))!)
      .join('\n')
      .match(/import\s[^\n]*>\s*"?([\w./-]+)"?/)?.[1];
    expect(summary, 'the import step writes its summary to a file').toBeDefined();
    expect(String(step.with['body-path'])).toContain(summary!);
    expect(step.with['add-paths']).toMatch(/^content\/jobs\//);
  });

  it('pins every action to a version and puts no ${{ }} expression straight into a shell script', () => {
    for (const step of allSteps(flow).filter((s) => s.uses)) expect(step.uses, step.name).toMatch(/@v\d+(\.\d+){0,2}$/);
    expect(
      Object.values(flow.jobs)
        .flatMap(runs)
        .filter((run) => run.includes('${{')),
    ).toEqual([]);
  });
});
