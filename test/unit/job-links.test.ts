import { describe, expect, it } from 'vitest';
import { jobLinks } from '../../src/lib/job-links.ts';

const skills = [
  { id: 'go', label: 'Go' },
  { id: 'copywriting', label: 'Copywriting' },
];

describe('jobLinks', () => {
  it('links only the skills and places that have a page', () => {
    const links = jobLinks({ skills, region: ['GB', 'europe'] }, { skillIds: new Set(['go']), placeSlugs: new Set(['europe']) });
    expect(links.skills).toEqual([{ label: 'Go', path: '/skills/go/' }, { label: 'Copywriting' }]);
    expect(links.openTo).toEqual([{ label: 'United Kingdom' }, { label: 'Europe', path: '/regions/europe/' }]);
  });

  it('names the country of the office when the job has no region', () => {
    const links = jobLinks({ skills: [], location: 'Tokyo, Japan' }, { skillIds: new Set(), placeSlugs: new Set(['jp']) });
    expect(links.openTo).toEqual([{ label: 'Japan', path: '/regions/jp/' }]);
  });
});
