/**
 * A translation of a catalog: the same keys, nested the same way, strings for strings and
 * functions with the same parameters for functions. TypeScript then refuses a translation that
 * misses a key, adds one or changes a message's parameters.
 */
export type Translation<T> = T extends string
  ? string
  : T extends (...args: infer A) => string
    ? (...args: A) => string
    : T extends readonly string[]
      ? { readonly [K in keyof T]: string }
      : T extends object
        ? { readonly [K in keyof T]: Translation<T[K]> }
        : T;
