/**
 * The cost content "Save this result" prices a saved estimate with (src/lib/cost-content.ts), as a
 * static JSON file (dist/cost-content.json, fetched by src/stores/cost-content-file.ts):
 * /assessment/ fetches it on the click instead of carrying it in every first load.
 */
import type { APIRoute } from 'astro';
import { getSiteContent } from '../lib/site-content';
import { costContentFor } from '../lib/cost-content';
import { getProsePage } from '../lib/pages';

export const GET: APIRoute = async () =>
  new Response(JSON.stringify(costContentFor(await getSiteContent(), (await getProsePage('cost')).text)), {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
