// The shape every translation must have: en.ts's keys with any string as the value. A
// missing or stale key in another language is a type error, not a blank in the UI.
import type { en } from "./en.ts";

type Widen<T> = T extends string ? string : { readonly [K in keyof T]: Widen<T[K]> };

export type Translation = Widen<typeof en>;
