import { describe, expect, it } from 'vitest';
import { chunkImports } from '../../scripts/chunk-imports.mjs';

// Shapes copied from built chunks (dist/_astro): minified static imports and re-exports, and the
// bundler's import() of a sibling chunk, written as a template literal inside Vite's wrapper.
const chunk = [
  'import{n as e,t}from"./preload-helper.B7zuYYVF.js";',
  'import"./CostIsland.GbK9KpWy.js";',
  'export*from"./react.sySUN5R7.js";',
  'export{a as b}from"./atom.Ig7WHoSU.js";',
  'var f=t(()=>import(`./CostCalculator.i1fjuSDi.js`),[]);',
  'const g=()=>import("./Notices.CFRSseZz.js");',
  "const h=()=>import('./dates.CysaMUPU.js');",
].join('');

describe('chunkImports', () => {
  it('reads static imports and re-exports', () => {
    expect(chunkImports(chunk).staticImports.sort()).toEqual(
      ['./preload-helper.B7zuYYVF.js', './CostIsland.GbK9KpWy.js', './react.sySUN5R7.js', './atom.Ig7WHoSU.js'].sort(),
    );
  });

  it('reads import() with any quote, template literals included', () => {
    expect(chunkImports(chunk).dynamicImports.sort()).toEqual(
      ['./CostCalculator.i1fjuSDi.js', './Notices.CFRSseZz.js', './dates.CysaMUPU.js'].sort(),
    );
  });

  it('does not take text that merely mentions a chunk, or mismatched quotes, for an import', () => {
    const { staticImports, dynamicImports } = chunkImports(
      'const s="./fake.js";x.import("./method.js");import(`./odd.js");',
    );
    expect(staticImports).toEqual([]);
    expect(dynamicImports).toEqual([]);
  });
});
