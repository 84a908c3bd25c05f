// Helpers to compare translation files key by key (used by the tests, kept out of them so
// each test file stays short).

export type Tree = { readonly [key: string]: string | Tree };

/** "a.b.c" → value, for every leaf string of a resource tree. */
export function flatten(tree: Tree, prefix = ""): Map<string, string> {
  const out = new Map<string, string>();
  for (const [key, value] of Object.entries(tree)) {
    const path = prefix ? `${prefix}.${key}` : key;
    if (typeof value === "string") out.set(path, value);
    else for (const [leaf, text] of flatten(value, path)) out.set(leaf, text);
  }
  return out;
}

/** The names interpolated into a string, without i18next format hints: "{{n, number}}" → n. */
export function placeholders(text: string): string[] {
  const names = [...text.matchAll(/\{\{\s*([^,}\s]+)[^}]*\}\}/g)].map((match) => match[1] ?? "");
  return [...new Set(names)].sort();
}
