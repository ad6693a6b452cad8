/**
 * ISO 4217 codes come from the runtime (CLDR via Intl), so the list stays
 * current without a dependency. Computed lazily: Intl is slow to enumerate.
 */
let cached: readonly string[] | undefined;

export function currencyCodes(): readonly string[] {
  cached ??= Intl.supportedValuesOf('currency');
  return cached;
}

let lookup: ReadonlySet<string> | undefined;

export function isIsoCurrency(code: string): boolean {
  lookup ??= new Set(currencyCodes());
  return lookup.has(code);
}
