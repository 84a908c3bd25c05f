// Loaded into every server under test with `--import` (next to `--expose-gc`): SIGUSR2
// runs a full GC, so the memory scenario reads RSS and heap after collection without the
// app needing a GC endpoint of its own.
const collect: unknown = (globalThis as { gc?: unknown }).gc;

process.on("SIGUSR2", () => {
  if (typeof collect === "function") collect();
});

export {};
