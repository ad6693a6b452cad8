/**
 * The applicant tracking systems the importer reads, with what differs
 * between them outside the payload mapping: the name shown on job pages, the
 * public endpoint, and the environment variable that points it elsewhere
 * (tests, proxies). Imported by the schema, so it stays free of Node APIs.
 */
export const serviceIds = ['greenhouse', 'lever', 'ashby', 'recruitee'] as const;
export type ServiceId = (typeof serviceIds)[number];

export interface Service {
  id: ServiceId;
  /** As job pages show it in "Source". */
  label: string;
  /** The variable that replaces the scheme, host and port of every request, keeping the path. */
  overrideVariable: string;
  /** The board's public endpoint. */
  endpoint: (board: string) => string;
  /** Which characters a board name may have on this service. */
  boardPattern: RegExp;
}

const segment = (board: string) => encodeURIComponent(board);

export const services: Readonly<Record<ServiceId, Service>> = {
  greenhouse: {
    id: 'greenhouse',
    label: 'Greenhouse',
    overrideVariable: 'IMPORT_GREENHOUSE_URL',
    endpoint: (board) => `https://boards-api.greenhouse.io/v1/boards/${segment(board)}/jobs?content=true&pay_transparency=true`,
    boardPattern: /^[A-Za-z0-9][A-Za-z0-9_-]{0,99}$/,
  },
  lever: {
    id: 'lever',
    label: 'Lever',
    overrideVariable: 'IMPORT_LEVER_URL',
    endpoint: (board) => `https://api.lever.co/v0/postings/${segment(board)}?mode=json`,
    boardPattern: /^[A-Za-z0-9][A-Za-z0-9._-]{0,99}$/,
  },
  ashby: {
    id: 'ashby',
    label: 'Ashby',
    overrideVariable: 'IMPORT_ASHBY_URL',
    endpoint: (board) => `https://api.ashbyhq.com/posting-api/job-board/${segment(board)}?includeCompensation=true`,
    boardPattern: /^[A-Za-z0-9][A-Za-z0-9._-]{0,99}$/,
  },
  recruitee: {
    id: 'recruitee',
    label: 'Recruitee',
    overrideVariable: 'IMPORT_RECRUITEE_URL',
    // The board is the subdomain, so it must be a valid host label.
    endpoint: (board) => `https://${board.toLowerCase()}.recruitee.com/api/offers/`,
    boardPattern: /^[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?$/,
  },
};
