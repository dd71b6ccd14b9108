// A 32-bit hash of text (CRC-32 of its UTF-8 bytes, by SheetJS's crc-32 package: plain JS with its table in
// module scope, so no global lookup per character inside Apps Script's sandbox, and no Utilities service,
// so it also runs in tests and custom functions). The weights table's version token and the output
// record's block fingerprints and the cross-validation folds of a fit are built from it.
import * as crcModule from 'crc-32';

// crc-32 is CommonJS: the bundler hands its exports over directly, Node's own ESM loader (the workbench)
// as `default` only.
const CRC32: typeof crcModule = (crcModule as { default?: typeof crcModule }).default ?? crcModule;

/** Unsigned 32-bit hash of `text`; a different `seed` gives an independent second hash for a longer token. */
export function textHash(text: string, seed = 0): number {
  return CRC32.str(text, seed) >>> 0;
}
