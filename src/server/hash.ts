// A 32-bit FNV-1a hash in plain JS (no Utilities service, so it also runs in tests and custom functions):
// the weights table's version token and the output record's row fingerprints are built from it.

/** FNV-1a over a string, with a given offset basis so two passes can make a longer token. */
export function fnv1a(text: string, basis = 0x811c9dc5): number {
  let hash = basis >>> 0;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash >>> 0;
}
