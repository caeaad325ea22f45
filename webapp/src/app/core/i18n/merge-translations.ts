/**
 * The UI texts live in one file per feature and language (`translations/<feature>.<lang>.ts`),
 * merged into one bundle per language (`translations/en.ts`, `translations/es.ts`). Two checks
 * are the compiler's:
 *
 * - each Spanish file is typed `TranslationsOf<typeof ITS_ENGLISH_FILE>`, so a key missing from
 *   it, or one English does not have, is a compile error in that file;
 * - {@link mergeTranslations} refuses files that define the same top-level key (which would
 *   silently hide one of them).
 */

/** The same tree as `T`, with every leaf a string: what another language must provide. */
export type TranslationsOf<T> = {
  [K in keyof T]: T[K] extends string ? string : TranslationsOf<T[K]>;
};

/** One feature's texts: top-level keys (e.g. `wallet`) holding strings or nested groups. */
export type TranslationFile = Readonly<Record<string, object>>;

type UnionToIntersection<U> = (U extends unknown ? (u: U) => void : never) extends (
  i: infer I,
) => void
  ? I
  : never;

/** The top-level keys that two of the files define. */
type DefinedTwice<
  T extends readonly TranslationFile[],
  Seen extends PropertyKey = never,
> = T extends readonly [infer Head, ...infer Rest extends readonly TranslationFile[]]
  ? (keyof Head & Seen) | DefinedTwice<Rest, Seen | keyof Head>
  : never;

/** `T` when its files share no top-level key; otherwise a type naming the keys, which fails. */
type DisjointFiles<T extends readonly TranslationFile[]> = [DefinedTwice<T>] extends [never]
  ? T
  : T & { readonly topLevelKeysDefinedTwice: DefinedTwice<T> };

/** One language's bundle: the files side by side (their top-level keys must differ). */
export function mergeTranslations<const T extends readonly TranslationFile[]>(
  ...files: DisjointFiles<T>
): UnionToIntersection<T[number]> {
  const bundle: Record<string, object> = {};
  for (const file of files as readonly TranslationFile[]) {
    for (const [key, value] of Object.entries(file)) {
      if (key in bundle) {
        // Unreachable from typed code (the compiler refuses it); guards casts and plain JS.
        throw new Error(`Translation key "${key}" is defined by two files`);
      }
      bundle[key] = value;
    }
  }
  return bundle as UnionToIntersection<T[number]>;
}
