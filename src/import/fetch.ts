/**
 * Reading a board over HTTP, within bounds: a timeout per request (covering
 * the whole body), a short retry on 429 and 5xx and on a dropped connection,
 * and a cap on the bytes read, so a slow, failing or enormous answer costs
 * seconds and a clear line in the summary, never a hung run or a crash.
 */

export interface FetchLimits {
  /** Per request, body included. */
  timeoutMs: number;
  /** Further tries after a 429, a 5xx or a dropped connection. */
  retries: number;
  /** Wait before the first retry; doubled for each further one. */
  retryDelayMs: number;
  /** The longest wait a Retry-After header may ask for. */
  maxRetryDelayMs: number;
  /** Bytes read from one answer at most. */
  maxBytes: number;
}

export const defaultLimits: FetchLimits = {
  timeoutMs: 20_000,
  retries: 2,
  retryDelayMs: 1_000,
  maxRetryDelayMs: 10_000,
  maxBytes: 20 * 1024 * 1024,
};

export type FetchResult = { ok: true; body: unknown } | { ok: false; status?: number | undefined; message: string };

class TooLarge extends Error {}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
const megabytes = (bytes: number) => `${Math.round((bytes / 1024 / 1024) * 10) / 10} MB`;
const seconds = (ms: number) => `${Math.round(ms / 100) / 10} s`;

/** A short reason for a network error: Node wraps the useful code ("ECONNREFUSED") in `cause`. */
function networkReason(error: unknown): string {
  const cause = (error as { cause?: { code?: string; message?: string } }).cause;
  return cause?.code ?? cause?.message ?? (error as Error).message ?? String(error);
}

async function readCapped(response: Response, maxBytes: number): Promise<Uint8Array> {
  const declared = Number(response.headers.get('content-length'));
  if (Number.isFinite(declared) && declared > maxBytes) throw new TooLarge(`sent ${megabytes(declared)}`);
  const chunks: Uint8Array[] = [];
  let total = 0;
  if (!response.body) return new Uint8Array();
  for await (const chunk of response.body) {
    total += chunk.byteLength;
    if (total > maxBytes) throw new TooLarge(`sent more than ${megabytes(maxBytes)}`);
    chunks.push(chunk);
  }
  return Buffer.concat(chunks);
}

function retryDelay(response: Response | undefined, attempt: number, limits: FetchLimits): number {
  const header = response?.headers.get('retry-after');
  const asked = header && /^\d+$/.test(header.trim()) ? Number(header) * 1000 : undefined;
  return Math.min(asked ?? limits.retryDelayMs * 2 ** attempt, limits.maxRetryDelayMs);
}

/** GET a URL and parse its JSON; every failure is a message, never a throw. */
export async function fetchJson(url: string, limits: FetchLimits = defaultLimits): Promise<FetchResult> {
  for (let attempt = 0; ; attempt++) {
    const controller = new AbortController();
    const timer = setTimeout(() => controller.abort(), limits.timeoutMs);
    let response: Response | undefined;
    try {
      response = await fetch(url, { signal: controller.signal, headers: { accept: 'application/json' }, redirect: 'follow' });
      const retryable = response.status === 429 || response.status >= 500;
      if (retryable && attempt < limits.retries) {
        await response.body?.cancel();
        clearTimeout(timer);
        await sleep(retryDelay(response, attempt, limits));
        continue;
      }
      if (!response.ok) {
        await response.body?.cancel();
        const tries = retryable && limits.retries ? ` (after ${limits.retries + 1} tries)` : '';
        return {
          ok: false,
          status: response.status,
          message: `answered HTTP ${response.status}${response.statusText ? ` ${response.statusText}` : ''}${tries}`,
        };
      }
      const bytes = await readCapped(response, limits.maxBytes);
      const text = new TextDecoder().decode(bytes).replace(/^\uFEFF/, '');
      try {
        return { ok: true, body: JSON.parse(text) as unknown };
      } catch (error) {
        return { ok: false, message: `answered with malformed JSON (${(error as Error).message.split('\n')[0]!.slice(0, 120)})` };
      }
    } catch (error) {
      if (controller.signal.aborted) return { ok: false, message: `did not answer within ${seconds(limits.timeoutMs)}` };
      if (error instanceof TooLarge)
        return { ok: false, message: `${error.message}; the importer reads at most ${megabytes(limits.maxBytes)} from one board` };
      if (attempt < limits.retries) {
        clearTimeout(timer);
        await sleep(retryDelay(undefined, attempt, limits));
        continue;
      }
      return { ok: false, message: `could not be reached (${networkReason(error)})` };
    } finally {
      clearTimeout(timer);
    }
  }
}

/**
 * The address of a request after an override such as IMPORT_LEVER_URL
 * ("http://127.0.0.1:8080"): its scheme, host and port replace the
 * service's, the path and query stay.
 */
export function withOverride(url: string, override: string | undefined): string {
  if (!override) return url;
  const base = new URL(override);
  const target = new URL(url);
  target.protocol = base.protocol;
  target.host = base.host;
  return target.href;
}

/** Why an override is unusable, or undefined when it is fine. */
export function overrideProblem(override: string): string | undefined {
  if (!URL.canParse(override)) return 'is not an address; write it like http://127.0.0.1:8080';
  const url = new URL(override);
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return 'must be an http: or https: address';
  if ((url.pathname !== '/' && url.pathname !== '') || url.search || url.hash || url.username)
    return 'may only give a scheme, host and port, like http://127.0.0.1:8080 (the path stays the service’s)';
  return undefined;
}
