import type { APIRoute } from 'astro';
import { site } from '../config/site.ts';
import { withBase } from '../lib/urls.ts';
import { brandColors } from '../config/brand.ts';

/** Web app manifest, so the board can be installed on a phone; paths follow the base path. */
export const GET: APIRoute = () => {
  const base = import.meta.env.BASE_URL;
  const manifest = {
    // Without an id, browsers key an installed app by start_url, so changing it later would make a second app.
    id: withBase(base, '/'),
    name: site.name,
    short_name: site.name,
    description: site.description,
    start_url: withBase(base, '/'),
    scope: withBase(base, '/'),
    display: 'standalone',
    background_color: brandColors.surface,
    theme_color: brandColors.accent,
    icons: [
      { src: withBase(base, '/icon-192.png'), sizes: '192x192', type: 'image/png' },
      { src: withBase(base, '/icon-512.png'), sizes: '512x512', type: 'image/png' },
      { src: withBase(base, '/icon-maskable-512.png'), sizes: '512x512', type: 'image/png', purpose: 'maskable' },
    ],
  };
  return new Response(JSON.stringify(manifest, null, 2), { headers: { 'Content-Type': 'application/manifest+json' } });
};
