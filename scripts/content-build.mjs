// Astro integration for content: checks every content file before a build or dev server starts
// (the same checks as `npm run check:content`), and builds into a scratch folder that replaces
// dist/ only once the whole build has succeeded, so a failed build never leaves a half-written
// dist/. Add it last in astro.config.mjs, after any integration that writes into the build.
import { existsSync, renameSync, rmSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { runnerImport } from 'vite';

/** Where a build is written until it completes; inside .astro/, which every tool already ignores. */
const PARTIAL = '.astro/dist-partial/';

/**
 * Every content problem, checked with the project's own TypeScript modules (loaded by Vite's module
 * runner, as `npm run check:content` does). Throws an Error listing them, one per line.
 * @param {string} root project root
 */
async function assertContent(root) {
  const { module } = await runnerImport(path.join(root, 'src/lib/content-files.ts'), {
    root,
    configFile: false,
    logLevel: 'error',
  });
  module.assertContentValid(root);
}

/** @returns {import('astro').AstroIntegration} */
export function contentBuild() {
  /** @type {string} */
  let finalDir = '';
  /** @type {string} */
  let partialDir = '';
  return {
    name: 'readiness:content-build',
    hooks: {
      'astro:config:setup': async ({ config, command, updateConfig }) => {
        const root = fileURLToPath(config.root);
        // A content mistake stops the build before anything is written, with file, line and field.
        // In dev the server still starts: each page load re-checks and shows problems in the overlay.
        if (command === 'build') await assertContent(root);
        if (command !== 'build') return;
        finalDir = fileURLToPath(config.outDir);
        partialDir = path.join(root, PARTIAL);
        rmSync(partialDir, { recursive: true, force: true });
        updateConfig({ outDir: new URL(PARTIAL, config.root) });
      },
      'astro:build:done': () => {
        if (!partialDir || !existsSync(partialDir)) return;
        rmSync(finalDir, { recursive: true, force: true });
        renameSync(partialDir, finalDir);
      },
    },
  };
}
