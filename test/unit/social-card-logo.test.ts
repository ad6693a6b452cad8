import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { companyForCards, logoFileNextTo } from '../../src/social/cards.ts';

const companyLogoFile = (profile: string) => companyForCards(profile)?.logo;

// The painter copies the logo file into public share images, so which file it picks is a security question.
describe('the logo file a social card is painted with', () => {
  let root: string;
  let companies: string;
  const profile = (name: string, text: string) => {
    const path = join(companies, `${name}.md`);
    writeFileSync(path, text);
    return path;
  };

  beforeAll(() => {
    root = mkdtempSync(join(tmpdir(), 'openings-logo-'));
    companies = join(root, 'content', 'companies');
    mkdirSync(join(companies, 'nested'), { recursive: true });
    writeFileSync(join(companies, 'acme.svg'), '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 1 1"/>');
    writeFileSync(join(companies, 'nested', 'inner.svg'), '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 1 1"/>');
    writeFileSync(join(root, 'secret.png'), 'not for the public');
  });
  afterAll(() => rmSync(root, { recursive: true, force: true }));

  it("is the profile's logo field, next to the profile", () => {
    const path = profile('plain', '---\nname: Acme\nwebsite: https://acme.example\nlogo: ./acme.svg\n---\n');
    expect(companyLogoFile(path)).toBe(join(companies, 'acme.svg'));
    // The warmer passes the bytes it already read; the answer is the same, with the name.
    expect(companyForCards(path, readFileSync(path))).toEqual({ name: 'Acme', logo: join(companies, 'acme.svg') });
  });

  it('comes from the frontmatter, not from a line in the body that looks like the field', () => {
    const path = profile('quoted-key', '---\nname: Acme\nwebsite: https://acme.example\n"logo": ./acme.svg\n---\nlogo: ../../secret.png\n');
    expect(companyLogoFile(path)).toBe(join(companies, 'acme.svg'));
  });

  it('drops a YAML comment after the path, as the build does', () => {
    const path = profile('commented', '---\nname: Acme\nwebsite: https://acme.example\nlogo: ./acme.svg # our mark\n---\n');
    expect(companyLogoFile(path)).toBe(join(companies, 'acme.svg'));
  });

  it('is none for a profile the schema refuses, a missing profile or a missing file', () => {
    expect(
      companyLogoFile(profile('escape', '---\nname: Acme\nwebsite: https://acme.example\nlogo: ../../secret.png\n---\n')),
    ).toBeUndefined();
    expect(companyLogoFile(profile('broken', '---\nname: [unclosed\n---\n'))).toBeUndefined();
    expect(companyLogoFile(join(companies, 'nobody.md'))).toBeUndefined();
    expect(companyLogoFile(profile('missing', '---\nname: Acme\nwebsite: https://acme.example\nlogo: ./gone.svg\n---\n'))).toBeUndefined();
  });

  it('never leaves the profile folder, whoever asks', () => {
    const path = join(companies, 'plain.md');
    expect(logoFileNextTo(path, './acme.svg')).toBe(join(companies, 'acme.svg'));
    expect(logoFileNextTo(path, '../../secret.png')).toBeUndefined();
    expect(logoFileNextTo(path, join(root, 'secret.png'))).toBeUndefined();
    expect(logoFileNextTo(path, './nested/inner.svg')).toBeUndefined();
  });
});
