/**
 * The shape a translation must have, derived from the Dutch reference: the same keys at every
 * level, a string wherever Dutch has a string. Dutch catalogues are `as const`, so their leaves
 * are literal types; this widens them to `string` and keeps the key structure (including the
 * `_one` / `_other` plural keys i18next reads). Used with `satisfies` on an object literal, it
 * rejects a missing key (the property is required) and an extra key (excess-property check,
 * which applies to object literals only: write each area file as one literal, no spread
 * or shared constants).
 */
export type Catalogue<T> = { readonly [K in keyof T]: T[K] extends string ? string : Catalogue<T[K]> };

/** A catalogue as i18next and `formatMessage` read it: nested keys, string leaves. */
export type Tree = { [key: string]: string | Tree };
