/**
 * The board's work inside Astro's lifecycle, in one integration:
 * - config setup: a clear line for a mistyped SITE_URL (dev and preview
 *   too; `npm run build` checks it before it starts), and renders made by
 *   an older sanitiser are forgotten (../markdown/digest.ts);
 * - dev: the validator runs at start and on each listing or profile saved;
 * - build end: the host header files (_headers, vercel.json).
 */
import type { AstroIntegration } from 'astro';
import { fileURLToPath } from 'node:url';
import { siteUrlProblem } from '../lib/urls.ts';
import { forgetStaleRenders } from '../markdown/digest.ts';
import { writeHostFiles } from '../hosting/write-host-files.ts';
import { validateAtDevStart, validateOnSave } from './dev-validation.ts';

export function openings({ contentDir }: { contentDir: string }): AstroIntegration {
  let base = '/';
  return {
    name: 'openings',
    hooks: {
      'astro:config:setup': ({ config, command, logger }) => {
        const problem = siteUrlProblem(process.env['SITE_URL'], process.env['BASE_PATH']);
        if (problem) {
          // One line the host can act on: a thrown error would bury it under Astro's stack trace.
          logger.error(problem);
          process.exit(1);
        }
        base = config.base;
        forgetStaleRenders(fileURLToPath(config.cacheDir), fileURLToPath(config.root));
        if (command === 'dev') validateAtDevStart(logger);
      },
      'astro:server:setup': (options) => validateOnSave(contentDir, options),
      'astro:build:done': ({ dir, logger }) => logger.info(`Host headers: ${writeHostFiles(fileURLToPath(dir), base).join(', ')}`),
    },
  };
}
