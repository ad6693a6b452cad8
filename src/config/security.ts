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

export const securityHeaders: Record<string, string> = {
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'strict-origin-when-cross-origin',
  'Permissions-Policy': 'camera=(), microphone=(), geolocation=(), payment=(), usb=(), interest-cohort=()',
  'X-Frame-Options': 'DENY',
};
