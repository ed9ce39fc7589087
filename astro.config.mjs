// @ts-check
import { defineConfig } from 'astro/config';
import react from '@astrojs/react';
import sitemap from '@astrojs/sitemap';
import { cspDirectives, cspScriptSources } from './security-policy.mjs';
import { hoistIslandStylesIntegration } from './scripts/hoist-island-styles.mjs';
import { preloadIslandModulesIntegration, withoutViteModulePreload } from './scripts/preload-island-modules.mjs';
import { ISLAND_PROPS_SCRIPT_HASH, deferIslandPropsIntegration } from './scripts/defer-island-props.mjs';
import { securityHeaders } from './scripts/security-headers.mjs';
import { contentBuild } from './scripts/content-build.mjs';
import { parseSiteUrl } from './scripts/site-url.mjs';
import { pdfEngineAliases } from './src/report/engine/aliases.mjs';

// The deployed address comes from the environment (docs/deploying.md): unset, pages carry no
// canonical link and no sitemap is written.
const site = parseSiteUrl(process.env.SITE_URL);

export default defineConfig({
  ...(site ? { site } : {}),
  trailingSlash: 'always',
  // securityHeaders() writes dist/_headers from the built pages' own CSP (Astro's hashes change
  // whenever component CSS does), so the deployed header policy always matches the meta policy.
  // hoistIslandStylesIntegration() moves the <style> Astro puts before the first island into <head>,
  // where the HTML standard allows it (before securityHeaders() reads the pages), and
  // preloadIslandModulesIntegration() lists each island's chunks in <head>, and
  // deferIslandPropsIntegration() moves large island props after the island's HTML. contentBuild()
  // checks content/ before building and swaps the finished build into dist/; it goes last so the
  // swap happens after every other integration has written its files.
  integrations: [
    react(),
    hoistIslandStylesIntegration(),
    preloadIslandModulesIntegration(),
    deferIslandPropsIntegration(),
    securityHeaders(),
    ...(site ? [sitemap()] : []),
    contentBuild(),
  ],
  security: {
    csp: {
      directives: cspDirectives,
      // The one script Astro does not write itself: it puts deferred island props back in place.
      scriptDirective: { resources: cspScriptSources, hashes: [ISLAND_PROPS_SCRIPT_HASH] },
    },
  },
  build: { format: 'directory' },
  // Content Markdown is rendered with marked (src/lib/markdown.ts); Shiki's inline styles would be
  // blocked by the CSP anyway, and Astro warns about them on every build.
  markdown: { syntaxHighlight: false },
  vite: {
    plugins: [withoutViteModulePreload()],
    resolve: {
      // Stand-ins for the parts of the PDF engine it would download and compile but never run.
      alias: pdfEngineAliases,
    },
    build: {
      // The PDF engine is one large lazy chunk by design (loaded on click only); the bench tracks it.
      chunkSizeWarningLimit: 2000,
    },
    // The PDF worker (src/report/render-pdf.worker.ts) as an ES module, so the CJK font tables it
    // needs only for CJK text stay a chunk of their own; named like every other file in _astro/.
    worker: {
      format: 'es',
      rolldownOptions: {
        output: {
          entryFileNames: '_astro/[name].[hash].js',
          chunkFileNames: '_astro/[name].[hash].js',
          assetFileNames: '_astro/[name].[hash][extname]',
        },
      },
    },
  },
});
