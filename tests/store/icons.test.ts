// The Marketplace icons: exactly 32x32 and 128x128 PNGs, drawn from store/icon.svg by `npm run icons`.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
// @ts-expect-error: a plain .mjs script without type declarations
import { ICON_SIZES, renderIcon } from '../../scripts/icons.mjs';
import { pngSize } from '../support/png';

const STORE = path.resolve(import.meta.dirname, '../../store');

describe('store icons', () => {
  it('lists the two sizes the listing asks for', () => {
    expect(ICON_SIZES).toEqual([32, 128]);
  });

  it.each([32, 128])('store/icon-%i.png in the repo is exactly that size', (size) => {
    expect(pngSize(readFileSync(path.join(STORE, `icon-${size}.png`)))).toEqual({
      width: size,
      height: size,
    });
  });

  it.each([32, 128])('the SVG renders to %i x %i', async (size) => {
    expect(pngSize(await renderIcon(size))).toEqual({ width: size, height: size });
  });
});
