/**
 * Stands in for `@react-pdf/reconciler`, whose entry imports three builds of React's reconciler
 * (for React 18, 19.0–19.1 and 19.2+) and picks one at run time by `React.version`, so every
 * cold click downloaded, parsed and compiled two reconcilers it never runs. This is the build that
 * entry picks for the React we ship (19.2 or later); tests/unit/pdf-engine-stand-ins.test.ts fails
 * if React or react-pdf move so that it would pick another.
 * astro.config.mjs points `@react-pdf/reconciler` here for the browser build.
 */
export { default } from '@react-pdf/reconciler/lib/reconciler-33.js';
