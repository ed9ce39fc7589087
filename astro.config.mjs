// @ts-check
import { defineConfig } from 'astro/config';
import react from '@astrojs/react';
import { cspDirectives, cspScriptSources } from './security-policy.mjs';
import { hoistIslandStylesIntegration } from './scripts/hoist-island-styles.mjs';
import { securityHeaders } from './scripts/security-headers.mjs';

export default defineConfig({
  site: 'https://readiness.example',
  trailingSlash: 'always',
  // securityHeaders() writes dist/_headers from the built pages' own CSP (Astro's hashes change
  // whenever component CSS does), so the deployed header policy always matches the meta policy.
  // hoistIslandStylesIntegration() moves the <style> Astro puts before the first island into <head>,
  // where the HTML standard allows it.
  integrations: [react(), hoistIslandStylesIntegration(), securityHeaders()],
  security: {
    csp: {
      directives: cspDirectives,
      scriptDirective: { resources: cspScriptSources },
    },
  },
  build: { format: 'directory' },
  // Content Markdown is rendered with marked (src/lib/markdown.ts); Shiki's inline styles would be
  // blocked by the CSP anyway, and Astro warns about them on every build.
  markdown: { syntaxHighlight: false },
  vite: {
    build: {
      // The PDF engine is one large lazy chunk by design (loaded on click only); the bench tracks it.
      chunkSizeWarningLimit: 2000,
    },
  },
});
