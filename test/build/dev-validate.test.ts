/**
 * `npm run dev` reports what the validator finds (src/integrations/dev-validation.ts):
 * before it starts, and for each listing as it is saved. Runs the real dev server on fixture content.
 */
import { afterEach, describe, it } from 'vitest';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { OUTPUT, writeFixtureContent } from '../support/fixture.ts';
import { startDevServer, until, type DevServer } from '../support/dev-server.ts';

const content = join(OUTPUT, 'content-dev');
const listing = join(content, 'jobs/remote-europe-birchline.md');
const shown = 'test/.output/content-dev/jobs/remote-europe-birchline.md';

describe('npm run dev', () => {
  let dev: DevServer | undefined;

  afterEach(() => dev?.stop());

  it('says before it starts what is wrong with a listing: file, line, field and fix', async () => {
    writeFixtureContent(content);
    writeFileSync(listing, readFileSync(listing, 'utf8').replace('category: engineering', 'category: design'));
    dev = await startDevServer(content);
    await dev.printed(`${shown}:4  error  category: "design" is not a category; did you mean "product-design"?`);
  }, 70_000);

  it('checks a listing again when it is saved', async () => {
    writeFixtureContent(content);
    dev = await startDevServer(content);
    await dev.serving();
    writeFileSync(listing, readFileSync(listing, 'utf8').replace('workplace: remote', 'workplace: moon'));
    await dev.printed(`${shown}:5  error  workplace: "moon"`);
  }, 130_000);

  // The content store takes a whole load in one batch (src/build/one-batch-loader.ts); a save after it must still land.
  it('shows a saved edit on the job page without a restart', async () => {
    writeFixtureContent(content);
    dev = await startDevServer(content);
    await dev.serving();
    const page = new URL('jobs/remote-europe-birchline/', dev.url).href;
    const title = async () => (await (await fetch(page)).text()).match(/<h1[^>]*>([^<]*)</)?.[1];
    await until(async () => (await title()) === 'Frontend Engineer, Reader App', 'the job page answering', dev.output);
    writeFileSync(
      listing,
      readFileSync(listing, 'utf8').replace('title: Frontend Engineer, Reader App', 'title: Frontend Engineer, Reading App'),
    );
    await until(async () => (await title()) === 'Frontend Engineer, Reading App', 'the edited title showing', dev.output);
  }, 130_000);
});
