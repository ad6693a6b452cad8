import type { EmploymentType, ExperienceLevel, Workplace } from '../schema/listing.ts';

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
