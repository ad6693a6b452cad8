/** npm run build [-- astro build options]: the whole build, stage by stage (src/build/pipeline.ts). */
import { runBuild } from '../src/build/pipeline.ts';

process.exitCode = await runBuild(process.argv.slice(2));
