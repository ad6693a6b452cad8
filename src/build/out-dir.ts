import { resolve } from 'node:path';

/** The built site's folder: OUT_DIR when a test or the benchmark sets it, else dist/ (as astro.config.mjs has it). */
export const builtSiteDir = () => resolve(process.env['OUT_DIR'] || 'dist');
