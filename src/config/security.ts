/**
 * The Content Security Policy every host serves: scripts and styles only
 * from our own origin (no inline handlers, no foreign scripts), plus what
 * Pagefind needs: WebAssembly compilation and a worker.
 */
export const cspDirectives: Record<string, string[]> = {
  'default-src': ["'self'"],
  'script-src': ["'self'", "'wasm-unsafe-eval'"],
  'style-src': ["'self'"],
  'img-src': ["'self'", 'data:'],
  'font-src': ["'self'"],
  'connect-src': ["'self'"],
  'worker-src': ["'self'", 'blob:'],
  'manifest-src': ["'self'"],
  'object-src': ["'none'"],
  'base-uri': ["'self'"],
  'form-action': ["'self'"],
  'frame-ancestors': ["'none'"],
};

/** Directives a <meta> CSP cannot carry (browsers ignore them there). */
const headerOnly = new Set(['frame-ancestors']);

/**
 * Only for `npm run dev`: Vite injects every stylesheet as an inline
 * <style> there. Built pages link their styles as files, so production
 * keeps style-src 'self'.
 */
const devOnly: Record<string, string[]> = { 'style-src': ["'unsafe-inline'"] };

export function contentSecurityPolicy(options: { meta?: boolean; dev?: boolean } = {}): string {
  return Object.entries(cspDirectives)
    .filter(([name]) => !(options.meta && headerOnly.has(name)))
    .map(([name, values]) => `${name} ${[...values, ...(options.dev ? (devOnly[name] ?? []) : [])].join(' ')}`)
    .join('; ');
}

/**
 * HTTP Strict Transport Security: a browser that has seen it uses only HTTPS
 * for the whole domain (every sub-path, and with includeSubDomains every
 * subdomain) for maxAgeSeconds. Off by default, because it cannot be taken
 * back before then: turn it on once the domain is on HTTPS for good. Set
 * here and not from the environment, so that the build (`_headers`,
 * `vercel.json`) and `npm run server-config` (nginx, Caddy) read one value.
 */
export const strictTransportSecurity = {
  enabled: false,
  /** One year; preload lists ask for at least that. */
  maxAgeSeconds: 31_536_000,
  includeSubDomains: false,
};

export type StrictTransportSecurity = typeof strictTransportSecurity;

function securityHeadersWith(hsts: StrictTransportSecurity): Record<string, string> {
  const headers: Record<string, string> = {
    'X-Content-Type-Options': 'nosniff',
    'Referrer-Policy': 'strict-origin-when-cross-origin',
    'Permissions-Policy': 'camera=(), microphone=(), geolocation=(), payment=(), usb=(), interest-cohort=()',
    'X-Frame-Options': 'DENY',
  };
  if (hsts.enabled) {
    headers['Strict-Transport-Security'] = `max-age=${hsts.maxAgeSeconds}${hsts.includeSubDomains ? '; includeSubDomains' : ''}`;
  }
  return headers;
}

/** The security headers every response carries besides the CSP (Strict-Transport-Security when it is on). */
export const securityHeaders = securityHeadersWith(strictTransportSecurity);

/** All the headers every response carries: the CSP and the security headers. */
export function everyResponseHeaders(hsts: StrictTransportSecurity = strictTransportSecurity): Record<string, string> {
  return { 'Content-Security-Policy': contentSecurityPolicy(), ...securityHeadersWith(hsts) };
}
