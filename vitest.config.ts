import { defineConfig } from 'vitest/config';
import { patience } from './tests/helpers/patience.ts';
import { pdfEngineAliases } from './src/report/engine/aliases.mjs';

// Three projects:
// - `fast` is the inner loop (`npm run test:unit`: domain, codecs, stores, content, components'
//   words — about 20 s);
// - `pdf` lays real PDFs out with the engine and reads them back with poppler (`npm run test:pdf`,
//   about 15 s): the PDF is a third of `fast`'s time otherwise, and most changes never touch it;
// - `build` runs real `astro build`s on throwaway copies of the project (content mistakes that
//   must fail the build, the SITE_URL switch) and takes a minute.
// `npm test` runs all three, at a lower CPU priority beside the browser suite, and lengthens every
// limit below to a ceiling against a hang (tests/helpers/patience.ts): a busy machine must make a
// test slower, never red.
const slowBuildTests = [
  'tests/build/**/*.test.ts',
  'tests/content/build-failure*.test.ts',
  'tests/content/edit-propagation.test.ts',
];
const pdfTests = [
  'tests/unit/report-pdf.test.ts',
  'tests/unit/report-pdf-pages.test.ts',
  'tests/unit/report-pdf-scripts.test.ts',
  'tests/unit/signable-document-pdf.test.ts',
];

export default defineConfig({
  test: {
    environment: 'node',
    testTimeout: patience(30_000),
    // beforeAll hooks render PDFs and build copies too: the 10 s default failed one with a second
    // build running beside `npm test`.
    hookTimeout: patience(60_000),
    projects: [
      {
        extends: true,
        test: {
          name: 'fast',
          include: ['tests/unit/**/*.test.ts', 'tests/content/**/*.test.ts'],
          exclude: [...slowBuildTests, ...pdfTests],
          // One module graph per worker thread instead of one per file: a third of the time. Safe
          // only while no test relies on a fresh module (a store's state left by another file); to
          // check, run `npx vitest run --project fast --sequence.shuffle` with a few seeds.
          pool: 'threads',
          isolate: false,
        },
      },
      {
        extends: true,
        // The engine as the site ships it (src/report/engine/aliases.mjs): react-pdf's packages go
        // through Vite here, so the stand-ins replace what they import, as in the browser build.
        resolve: { alias: pdfEngineAliases },
        test: {
          name: 'pdf',
          include: pdfTests,
          pool: 'threads',
          isolate: false,
          server: { deps: { inline: [/@react-pdf\//] } },
        },
      },
      { extends: true, test: { name: 'build', include: slowBuildTests } },
    ],
  },
});
