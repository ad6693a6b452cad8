import { describe, expect, it } from 'vitest';
import { job, goodFrontmatter, run, lines } from '../support/validator.ts';

const withApply = (apply: string) => goodFrontmatter.replace('apply: https://acme.example/jobs/1', `apply: "${apply}"`);

describe('validator: rules across files', () => {
  it('flags duplicate slugs and the same apply link on two open jobs', () => {
    const problems = lines(
      run([
        job('dup-acme', withApply('https://acme.example/jobs/1')),
        job('DUP-acme', withApply('https://acme.example/jobs/1').replace('Backend', 'Frontend')),
      ]),
    );
    expect(problems).toContain(
      'content/jobs/DUP-acme.md:1 error file name: gives the same page address as content/jobs/dup-acme.md; rename one of them',
    );
    expect(problems).toContain(
      'content/jobs/dup-acme.md:11 error apply: https://acme.example/jobs/1 is also the apply link of content/jobs/DUP-acme.md; each open job needs its own link, or delete the duplicate listing',
    );
  });

  it('does not count a closed job against the apply-link rule, but warns it is expired', () => {
    const shared = withApply('https://acme.example/jobs/1');
    const old = job('old-acme', shared.replace('posted: 2026-11-20', 'posted: 2026-08-01'));
    expect(lines(run([job('new-acme', shared), old]))).toEqual([
      'content/jobs/old-acme.md:10 warning posted: the job closed on 2026-09-30. That is expected if you closed it: its page stays up, marked closed. Set a later expires date only if it is still open',
    ]);
  });

  it('refuses apply links that hide where they go or copy applications elsewhere, and spots the same mailbox spelt twice', () => {
    const problems = lines(
      run([
        job('userinfo-acme', withApply('https://acme.example@evil.example/jobs')),
        job('bcc-acme', withApply('mailto:jobs@acme.example?subject=Hi&bcc=harvest@evil.example')),
        job('crlf-acme', withApply('mailto:jobs@acme.example?subject=Hi%0D%0ABcc:%20x@evil.example')),
        job('lower-acme', withApply('mailto:jobs@acme.example')),
        job('upper-acme', withApply('MAILTO:JOBS@ACME.EXAMPLE')),
        job('page-acme', withApply('https://acme.example/jobs/7')),
        job('fragment-acme', withApply('https://acme.example/jobs/7#again')),
        // One-page careers sites route by fragment: these are two jobs.
        job('route-one-acme', withApply('https://acme.example/careers#/jobs/1')),
        job('route-two-acme', withApply('https://acme.example/careers#/jobs/2')),
      ]),
    );
    expect(problems).toEqual([
      'content/jobs/bcc-acme.md:11 error apply: "mailto:jobs@acme.example?subject=Hi&bcc=harvest@evil.example" carries bcc; a mailto: link may only set a subject and body, so applications go to one mailbox',
      'content/jobs/crlf-acme.md:11 error apply: "mailto:jobs@acme.example?subject=Hi%0D%0ABcc:%20x@evil.example" has a line break in its subject; remove the %0A or %0D',
      'content/jobs/fragment-acme.md:11 error apply: https://acme.example/jobs/7#again is also the apply link of content/jobs/page-acme.md; each open job needs its own link, or delete the duplicate listing',
      'content/jobs/lower-acme.md:11 error apply: mailto:jobs@acme.example is also the apply link of content/jobs/upper-acme.md; each open job needs its own link, or delete the duplicate listing',
      'content/jobs/page-acme.md:11 error apply: https://acme.example/jobs/7 is also the apply link of content/jobs/fragment-acme.md; each open job needs its own link, or delete the duplicate listing',
      'content/jobs/upper-acme.md:11 error apply: mailto:JOBS@ACME.EXAMPLE is also the apply link of content/jobs/lower-acme.md; each open job needs its own link, or delete the duplicate listing',
      'content/jobs/userinfo-acme.md:11 error apply: "https://acme.example@evil.example/jobs" names a user before the host (…@); link straight to the site, like https://evil.example/jobs',
    ]);
  });

  it('reports only the files named, while cross-file rules still see every file', () => {
    const problems = run(
      [
        job('a-acme', withApply('https://acme.example/jobs/same')),
        // b's category is wrong, which is not reported; its valid apply link still counts.
        job('b-acme', withApply('https://acme.example/jobs/same').replace('category: engineering', 'category: nope')),
      ],
      { only: ['content/jobs/a-acme.md'] },
    );
    expect(lines(problems)).toEqual([
      'content/jobs/a-acme.md:11 error apply: https://acme.example/jobs/same is also the apply link of content/jobs/b-acme.md; each open job needs its own link, or delete the duplicate listing',
    ]);
  });
});
