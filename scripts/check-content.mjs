// Validates everything in content/ with the same schemas and rules as the build, without building
// (a second or two): `npm run check:content`. Exits 1 and lists each problem (file:line → field:
// message) when something is wrong. Vite's module runner loads the TypeScript checks as they are.
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { runnerImport } from 'vite';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const contentDir = process.argv[2] ?? 'content';
const started = performance.now();
const { module } = await runnerImport(path.join(root, 'src/lib/content-files.ts'), {
  root,
  configFile: false,
  logLevel: 'error',
});
const result = module.checkContentDir(process.cwd() === root ? root : process.cwd(), contentDir);
const seconds = ((performance.now() - started) / 1000).toFixed(1);
if (result.problems.length > 0) {
  console.error(module.formatProblems(result.problems));
  process.exit(1);
}
console.log(`Content OK: every file in ${contentDir}/ passes every rule (${seconds} s).`);
