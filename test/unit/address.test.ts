/** Web and mailto: addresses: the forms that once read one way to the rules and another to a browser or a mail app. */
import { describe, expect, it } from 'vitest';
import { addressProblem, httpsUrl, normalisedAddress } from '../../src/schema/address.ts';
import { parseMailto } from '../../src/schema/mailto.ts';
import { applyAddressKey } from '../../src/listing-files/validate/apply-address.ts';

const applyProblem = (value: string) => addressProblem(value, ['https', 'mailto']);

describe('web addresses', () => {
  it('needs a literal https:// and a host, since a browser reads the other spellings as a page on the board', () => {
    for (const [value, fix] of [
      ['https:/evil.example/jobs/1', 'https://evil.example/jobs/1'],
      ['https:evil.example/jobs/1', 'https://evil.example/jobs/1'],
      ['https:/feed.xml', 'https://feed.xml'],
      ['https:///evil.example/', 'https://evil.example/'],
      ['HTTPS:evil.example', 'https://evil.example'],
    ] as const) {
      expect(applyProblem(value), value).toBe(
        `${JSON.stringify(value)} does not start with "https://" and a host, so browsers would read it as a page on this board; write it like ${fix}`,
      );
    }
    expect(applyProblem('https://acme.example/jobs/1')).toBeUndefined();
  });

  it('refuses control characters, which YAML escapes write and the URL parser would quietly drop', () => {
    for (const [value, code] of [
      ['https://acme.example/jobs/\u00001', 'U+0000'],
      ['https://acme.ex\tample/jobs/1', 'U+0009'],
      ['https://acme.example/jobs/1\u001b[2J', 'U+001B'],
      ['https://acme.example/\u0085', 'U+0085'],
      ['mailto:jobs@acme.example?subject=Hi\u0007', 'U+0007'],
    ] as const) {
      expect(applyProblem(value), JSON.stringify(value)).toMatch(
        new RegExp(`contains a control character \\(${code.replace('+', '\\+')}\\)`),
      );
    }
  });

  it('refuses direction overrides and invisible characters behind %-escapes, as browsers show them decoded', () => {
    for (const value of [
      'https://acme.example/files/%E2%80%AEgnp.exe',
      'https://acme.example/a%FF%E2%80%AEb',
      'https://acme.example/jobs?q=%E2%81%A6x',
      'https://acme.example/jobs#%E2%80%8B',
      'https://acme.example/jobs/%00',
    ]) {
      expect(applyProblem(value), value).toMatch(/hides a character you cannot see \(U\+[0-9A-F]{4}\) behind a %-escape/);
    }
    expect(applyProblem('https://acme.example/jobs/caf%C3%A9')).toBeUndefined();
  });

  it('stores the parser’s own spelling, so the page links what the rules checked', () => {
    expect(httpsUrl.parse('HTTPS://Acme.EXAMPLE/Jobs/1')).toBe('https://acme.example/Jobs/1');
    expect(httpsUrl.parse('https://acme.example')).toBe('https://acme.example');
    expect(normalisedAddress('https://rıvermint.example/')).toBe('https://xn--rvermint-tkb.example/');
    expect(normalisedAddress('mailto:jobs@acme.example?subject="><b>')).toBe('mailto:jobs@acme.example?subject=%22%3E%3Cb%3E');
  });
});

describe('mailto: addresses', () => {
  it('allows one mailbox with a subject and a body', () => {
    expect(parseMailto('mailto:jobs@acme.example?subject=Data%20Engineer&body=Hello%0D%0AName:')).toEqual({
      ok: true,
      mailto: { to: 'jobs@acme.example', subject: 'Data Engineer', body: 'Hello\r\nName:' },
    });
  });

  it('refuses every spelling that adds a recipient in some mail app', () => {
    for (const [value, problem] of [
      ['mailto:jobs@acme.example?subject=A&subject=B', 'sets the subject twice'],
      ['mailto:jobs@acme.example?subject=A&Subject=B', 'sets the subject twice'],
      ['mailto:jobs@acme.example?Subject=Hi%0D%0ABcc:%20thief@evil.example', 'has a line break in its subject'],
      ['mailto:jobs@acme.example?SUBJECT=Hi%0Abcc', 'has a line break in its subject'],
      ['mailto:jobs@acme.example?subject=Hi#&bcc=thief@evil.example', 'has a "#" part'],
      ['mailto:jobs@acme.example#bcc=thief@evil.example', 'has a "#" part'],
      ['mailto:jobs@acme.example?subject=Hi;bcc=thief@evil.example', 'has what reads as another mail field in its subject'],
      ['mailto:jobs@acme.example?subject=Hi%26cc%3Dthief@evil.example', 'has what reads as another mail field in its subject'],
      ['mailto:jobs@acme.example?body=x%3Bbcc=thief@evil.example', 'has what reads as another mail field in its body'],
      ['mailto:jobs@acme.example?cc=thief@evil.example', 'carries cc'],
      ['mailto:jobs@acme.example?%62cc=thief@evil.example', 'carries %62cc'],
      ['mailto:jobs@acme.example?to=thief@evil.example', 'carries to'],
      ['mailto:jobs@acme.example;thief@evil.example', 'names more than one address'],
      ['mailto:jobs@acme.example%2Cthief@evil.example', 'names more than one address'],
      ['mailto:jobs@acme.example?subject=%E2%80%AEHi', 'hides an invisible character (U+202E) in its subject'],
      ['mailto:jo%E2%80%8Bbs@acme.example', 'hides a character you cannot see (U+200B) in its address'],
    ]) {
      const result = parseMailto(value!);
      expect(result.ok, value).toBe(false);
      if (!result.ok) expect(result.problem, value).toContain(problem);
    }
  });

  it('reports them on the field, naming the address', () => {
    expect(applyProblem('mailto:jobs@acme.example?subject=Hi;bcc=thief@evil.example')).toBe(
      '"mailto:jobs@acme.example?subject=Hi;bcc=thief@evil.example" has what reads as another mail field in its subject; some mail apps would add a recipient there',
    );
    expect(applyProblem('mailto:Name <jobs@acme.example>')).toBe('malformed');
  });
});

describe('apply address keys', () => {
  it('treats tracking fields, field order, host case, www., a trailing slash and escapes of plain letters as the same page', () => {
    const key = applyAddressKey('https://acme.example/jobs/42?team=data');
    for (const same of [
      'https://acme.example/jobs/42?team=data&utm_source=board',
      'https://acme.example/jobs/42?utm_source=x&utm_medium=y&team=data&gclid=1&fbclid=2',
      'https://www.acme.example/jobs/42/?team=data',
      'https://acme.example/jobs/%34%32?team=data',
      'https://acme.example/jobs/42?team=data#apply',
    ]) {
      expect(applyAddressKey(same), same).toBe(key);
    }
    expect(applyAddressKey('https://acme.example/jobs/43?team=data')).not.toBe(key);
    expect(applyAddressKey('https://acme.example/jobs/42?team=design')).not.toBe(key);
    expect(applyAddressKey('https://acme.example/#/jobs/42')).not.toBe(applyAddressKey('https://acme.example/#/jobs/43'));
  });

  it('compares mailboxes and subjects however they are written, and ignores the body', () => {
    const key = applyAddressKey('mailto:jobs@acme.example?subject=Data%20Engineer');
    expect(applyAddressKey('mailto:JOBS@acme.example?Subject=data%20engineer')).toBe(key);
    expect(applyAddressKey('mailto:jobs%40acme.example?subject=Data  Engineer&body=Hi')).toBe(key);
    expect(applyAddressKey('mailto:jobs@acme.example?subject=Designer')).not.toBe(key);
  });
});
