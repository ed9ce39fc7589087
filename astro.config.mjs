// @ts-check
import { defineConfig } from 'astro/config';
import react from '@astrojs/react';
import { cspDirectives, cspScriptSources } from './security-policy.mjs';

export default defineConfig({
  site: 'https://readiness.example',
  trailingSlash: 'always',
  integrations: [react()],
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
