// @ts-check
// What a bundled chunk imports, read from its text: shared by the bench (which counts a page's
// JavaScript) and the build (which preloads an island's chunks), so both follow the same graph.

/**
 * Static and dynamic imports of a bundled chunk. Static: `import…from"x"`, `import"x"`,
 * `export…from"x"`. Dynamic: `import("x")`, with any quote (the bundler writes template literals).
 * @param {string} code
 */
export function chunkImports(code) {
  const staticImports = new Set();
  const dynamicImports = new Set();
  for (const m of code.matchAll(/(?:^|[^.\w$])(?:import|export)\s*(?:[^"'();]*?\bfrom\s*)?["']([^"']+\.m?js)["']/g)) {
    staticImports.add(m[1]);
  }
  for (const m of code.matchAll(/(?<![.\w$])import\s*\(\s*(["'`])([^"'`]+\.m?js)\1\s*\)/g)) dynamicImports.add(m[2]);
  return { staticImports: [...staticImports], dynamicImports: [...dynamicImports] };
}
