import type { APIRoute, GetStaticPaths } from 'astro';
import { loadBoard } from '../../board/board.ts';
import { companyForCards } from '../../social/cards.ts';
import { paintSearchLogo } from '../../seo/paint-search-logo.ts';
import { searchLogoPath, type LogoFacts } from '../../seo/search-logo.ts';

/** The square PNG logos that JSON-LD names (src/seo/search-logo.ts), one per company whose logo can give one. */
export const getStaticPaths = (async () => {
  const board = await loadBoard();
  return board.companies.flatMap((company) => {
    const path = searchLogoPath(company.id, company.data.logo);
    const file = company.entry.filePath ? companyForCards(company.entry.filePath)?.logo : undefined;
    if (!path || !file) return [];
    return [{ params: { file: path.slice('/logos/'.length) }, props: { file, logo: company.data.logo satisfies LogoFacts } }];
  });
}) satisfies GetStaticPaths;

export const GET: APIRoute<{ file: string; logo: LogoFacts }> = async ({ props }) =>
  new Response(new Uint8Array(await paintSearchLogo(props.file, props.logo)), { headers: { 'Content-Type': 'image/png' } });
