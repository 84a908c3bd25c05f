// Test support: the files a server process loads, found by following imports from
// `apps/server/src/main.ts` (dynamic ones too: the Redis engine), and the npm packages
// each of them imports. Type-only imports are erased before run time and are skipped.
import { readFileSync } from "node:fs";
import { builtinModules } from "node:module";
import path from "node:path";

export interface RuntimeImport {
  /** The package's name (`express`, `@socket.io/redis-adapter`). */
  name: string;
  /** The file that imports it, relative to the repository. */
  file: string;
}

function specifiersOf(text: string): string[] {
  const statements = [...text.matchAll(/\b(?:import|export)(\s+type)?\b[^;"]*?from\s+"([^"]+)"/g)]
    .filter((match) => match[1] === undefined)
    .map((match) => match[2] as string);
  const others = [
    ...text.matchAll(/\bimport\s+"([^"]+)"/g),
    ...text.matchAll(/\bimport\(\s*"([^"]+)"\s*\)/g),
    // createRequire(...).resolve("pkg/file"): a package read from disk (swagger-ui-dist).
    ...text.matchAll(/\.resolve\(\s*"([^".][^"]*)"\s*\)/g),
  ].map((match) => match[1] as string);
  return [...statements, ...others];
}

const packageName = (specifier: string): string => {
  const parts = specifier.split("/");
  return specifier.startsWith("@") ? parts.slice(0, 2).join("/") : (parts[0] ?? specifier);
};

/** Every package imported by a file the server loads; `@stackboard/*` are followed into. */
export function runtimeImports(repoRoot: string): RuntimeImport[] {
  const builtins = new Set(builtinModules);
  const seen = new Set<string>();
  const found: RuntimeImport[] = [];
  const queue = [path.join(repoRoot, "apps/server/src/main.ts")];
  while (queue.length > 0) {
    const file = queue.pop() as string;
    if (seen.has(file)) continue;
    seen.add(file);
    if (!file.endsWith(".ts")) continue; // JSON and other files read as data
    for (const specifier of specifiersOf(readFileSync(file, "utf8"))) {
      if (specifier.startsWith(".")) {
        queue.push(path.resolve(path.dirname(file), specifier));
        continue;
      }
      if (specifier.startsWith("node:") || builtins.has(specifier)) continue;
      const name = packageName(specifier);
      found.push({ name, file: path.relative(repoRoot, file) });
      const workspace = /^@stackboard\/(core|contracts)$/.exec(name)?.[1];
      if (workspace) queue.push(path.join(repoRoot, `packages/${workspace}/src/index.ts`));
    }
  }
  return found;
}
