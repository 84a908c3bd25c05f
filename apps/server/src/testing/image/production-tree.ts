// Test support: what `npm ci --omit=dev` installs, computed from package-lock.json the way
// npm lays it out: from the chosen workspaces' (and the root's) production dependencies,
// each name resolved like Node resolves it (the nearest node_modules up the tree),
// following dependencies, optional and peer dependencies, never devDependencies.

interface LockEntry {
  name?: string;
  version?: string;
  link?: boolean;
  resolved?: string;
  dev?: boolean;
  dependencies?: Record<string, string>;
  optionalDependencies?: Record<string, string>;
  peerDependencies?: Record<string, string>;
  peerDependenciesMeta?: Record<string, { optional?: boolean }>;
}

export interface PackageLock {
  lockfileVersion: number;
  packages: Record<string, LockEntry>;
}

export interface InstalledPackage {
  /** The lock key: `node_modules/express`, `node_modules/a/node_modules/b`, `apps/server`. */
  path: string;
  name: string;
  /** npm's own verdict in the lock: only reachable through devDependencies. */
  devOnly: boolean;
}

/** The package's name from its lock key (`node_modules/@scope/x` → `@scope/x`). */
export function nameAt(path: string): string {
  const index = path.lastIndexOf("node_modules/");
  return index === -1 ? path : path.slice(index + "node_modules/".length);
}

/** Where `name` is found from the package at `from`, as Node would look; null: nowhere. */
function resolveFrom(lock: PackageLock, from: string, name: string): string | null {
  let dir = from;
  for (;;) {
    const candidate = `${dir === "" ? "" : `${dir}/`}node_modules/${name}`;
    if (lock.packages[candidate]) return candidate;
    if (dir === "") return null;
    const slash = dir.lastIndexOf("/");
    dir = slash === -1 ? "" : dir.slice(0, slash);
  }
}

/**
 * Every package installed for production with `workspaces` as the roots (lock keys such as
 * `apps/server`); the root package's own dependencies always count.
 */
export function productionTree(
  lock: PackageLock,
  workspaces: readonly string[],
): InstalledPackage[] {
  const seen = new Map<string, InstalledPackage>();
  const queue: string[] = ["", ...workspaces];
  for (const workspace of workspaces) {
    if (!lock.packages[workspace]) throw new Error(`no workspace ${workspace} in the lock`);
  }
  while (queue.length > 0) {
    const path = queue.shift() as string;
    const entry = lock.packages[path];
    if (entry === undefined) continue;
    const wanted: [string, boolean][] = [
      ...Object.keys(entry.dependencies ?? {}).map((name): [string, boolean] => [name, false]),
      ...Object.keys(entry.optionalDependencies ?? {}).map((name): [string, boolean] => [
        name,
        true,
      ]),
      ...Object.keys(entry.peerDependencies ?? {}).map((name): [string, boolean] => [
        name,
        entry.peerDependenciesMeta?.[name]?.optional === true,
      ]),
    ];
    for (const [name, optional] of wanted) {
      let found = resolveFrom(lock, path, name);
      if (found === null) {
        if (optional) continue;
        throw new Error(`${name}, needed by ${path || "the root"}, is not in the lock`);
      }
      if (seen.has(found)) continue;
      const target = lock.packages[found];
      seen.set(found, { path: found, name, devOnly: target?.dev === true });
      // A workspace package is a link to its folder, whose dependencies count in turn.
      if (target?.link && target.resolved) {
        found = target.resolved;
        seen.set(found, { path: found, name, devOnly: false });
      }
      queue.push(found);
    }
  }
  return [...seen.values()];
}
