// @ts-check
// What a bundled chunk imports, read from its text: shared by the bench (which counts a page's
// JavaScript) and the build (which preloads an island's chunks), so both follow the same graph.

/**
 * Static and dynamic imports of a bundled chunk. Static: `import…from"x"`, `import"x"`,
 * `export…from"x"`. Dynamic: `import("x")` and Vite's preload lists of other chunk paths.
 * @param {string} code
 */
export function chunkImports(code) {
  const staticImports = new Set();
  const dynamicImports = new Set();
  for (const m of code.matchAll(/(?:^|[^.\w$])(?:import|export)\s*(?:[^"'();]*?\bfrom\s*)?["']([^"']+\.m?js)["']/g)) {
    staticImports.add(m[1]);
  }
  for (const m of code.matchAll(/\bimport\s*\(\s*["']([^"']+\.m?js)["']\s*\)/g)) dynamicImports.add(m[1]);
  for (const m of code.matchAll(/["']((?:\.{1,2}\/|\/)?_astro\/[^"']+\.m?js|\.{1,2}\/[^"']+\.m?js)["']/g)) {
    if (!staticImports.has(m[1])) dynamicImports.add(m[1]);
  }
  return { staticImports: [...staticImports], dynamicImports: [...dynamicImports] };
}
