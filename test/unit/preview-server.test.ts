import { describe, expect, it } from 'vitest';
import { answerFor } from '../../src/hosting/preview-server.ts';

// A built site as a list of its files; every folder above a file exists.
const site = ['index.html', '404.html', 'feed.xml', 'jobs/a-job/index.html', 'jobs/caf\u00e9/index.html', '_astro/x.css'];
const lookup = (file: string) =>
  site.includes(file) ? 'file' : site.some((path) => path.startsWith(`${file.replace(/\/$/, '')}/`)) ? 'folder' : undefined;

describe('what npm run preview answers', () => {
  it('serves files and folder pages, and redirects a folder address without its slash', () => {
    expect(answerFor('/board/', '/board/', lookup)).toEqual({ kind: 'file', file: 'index.html' });
    expect(answerFor('/board/feed.xml', '/board/', lookup)).toEqual({ kind: 'file', file: 'feed.xml' });
    expect(answerFor('/board/jobs/a-job/', '/board/', lookup)).toEqual({ kind: 'file', file: 'jobs/a-job/index.html' });
    expect(answerFor('/board/jobs/a-job', '/board/', lookup)).toEqual({ kind: 'redirect', location: '/board/jobs/a-job/' });
    expect(answerFor('/board/jobs/caf%C3%A9', '/board/', lookup)).toEqual({ kind: 'redirect', location: '/board/jobs/caf%C3%A9/' });
    expect(answerFor('/board', '/board/', lookup)).toEqual({ kind: 'redirect', location: '/board/' });
  });

  it('answers the 404 page for a folder without a page, a file with a slash, and anything outside the base', () => {
    for (const path of ['/board/jobs/', '/board/_astro/', '/board/feed.xml/', '/board/nope', '/jobs/a-job/', '/boardx/', '/']) {
      expect(answerFor(path, '/board/', lookup), path).toEqual({ kind: 'missing' });
    }
  });

  it('never leaves dist/: dot segments, encoded ones too, and malformed escapes are missing', () => {
    for (const path of ['/board/../secret', '/board/%2e%2e/secret', '/board/jobs/..%2F..%2Fsecret', '/board/%E0%A4%A', '/board/a%00b']) {
      expect(answerFor(path, '/board/', lookup), path).toEqual({ kind: 'missing' });
    }
  });

  it('works at the domain root', () => {
    expect(answerFor('/', '/', lookup)).toEqual({ kind: 'file', file: 'index.html' });
    expect(answerFor('/jobs/a-job', '/', lookup)).toEqual({ kind: 'redirect', location: '/jobs/a-job/' });
  });
});
