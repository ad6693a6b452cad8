/**
 * The board's job categories. A fork edits this list to re-theme the board;
 * the schema, pages, search filters and the editors' docs all read it.
 * Ids are stable URL slugs: renaming one breaks links, so prefer adding.
 */
export const categories = [
  { id: 'product-design', label: 'Product design', blurb: 'UX, UI, research and design systems.' },
  { id: 'engineering', label: 'Engineering', blurb: 'Frontend, backend, mobile, infrastructure and security.' },
  { id: 'data-ml', label: 'Data & ML', blurb: 'Analytics, data engineering and machine learning.' },
  { id: 'product-management', label: 'Product management', blurb: 'Product managers and product owners.' },
  { id: 'marketing', label: 'Marketing', blurb: 'Growth, brand, content and lifecycle marketing.' },
  { id: 'sales', label: 'Sales', blurb: 'Account executives, SDRs and solutions engineers.' },
  { id: 'customer-support', label: 'Customer support', blurb: 'Support, success and community roles.' },
  { id: 'operations', label: 'Operations', blurb: 'People, finance, legal and business operations.' },
  { id: 'writing', label: 'Writing', blurb: 'Technical writing, editing and documentation.' },
] as const;

export type Category = (typeof categories)[number];
export type CategoryId = Category['id'];

export const categoryIds = categories.map((c) => c.id) as [CategoryId, ...CategoryId[]];
