import type { EmploymentType, ExperienceLevel, Workplace } from '../schema/job.ts';

export const workplaceLabels: Record<Workplace, string> = {
  remote: 'Remote',
  hybrid: 'Hybrid',
  onsite: 'On-site',
};

export const employmentLabels: Record<EmploymentType, string> = {
  'full-time': 'Full-time',
  'part-time': 'Part-time',
  contract: 'Contract',
  freelance: 'Freelance',
  internship: 'Internship',
};

export const experienceLabels: Record<ExperienceLevel, string> = {
  internship: 'Internship',
  entry: 'Entry level',
  associate: 'Associate',
  'mid-senior': 'Mid–senior level',
  director: 'Director',
  executive: 'Executive',
};

export const workplaceBlurbs: Record<Workplace, string> = {
  remote: 'Work from home or anywhere the job allows: check each listing for where applicants may live.',
  hybrid: 'Part of the week at an office, the rest from home.',
  onsite: 'Based at an office, studio or site.',
};
