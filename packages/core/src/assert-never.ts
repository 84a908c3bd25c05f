// The last line of every switch over a union: a member nobody handles is a type error
// here ("not assignable to never") instead of a case that silently does nothing.
export function assertNever(value: never): never {
  throw new Error(`Unhandled case: ${JSON.stringify(value)}`);
}
