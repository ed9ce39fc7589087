/**
 * Development only. Vite's dev server adds React Fast Refresh to every .tsx module, and its runtime
 * assigns to `window` as it loads, which a worker does not have: without this, the PDF worker
 * fails to start under `npm run dev` ("window is not defined"). The modules' own refresh code
 * already skips itself in a worker, so naming the worker's scope `window` only lets the runtime
 * load. Imported first by render-pdf.worker.ts; a build leaves nothing of it.
 */
if (import.meta.env.DEV) (globalThis as { window?: unknown }).window ??= globalThis;
