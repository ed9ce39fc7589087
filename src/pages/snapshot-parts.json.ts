/**
 * The documents' and decisions' content that "Save this result" needs, as a static JSON file
 * (dist/snapshot-parts.json, fetched by src/stores/snapshot-parts-file.ts). /assessment/ fetches it on the click instead of carrying ~30 KB of it
 * in every first load for a button few visitors press; /report/ already has it in its props.
 */
import type { APIRoute } from 'astro';
import { getSnapshotPartsContent } from '../lib/snapshot-parts-content';

export const GET: APIRoute = async () =>
  new Response(JSON.stringify(await getSnapshotPartsContent()), {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
