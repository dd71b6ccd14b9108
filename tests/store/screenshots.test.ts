// The listing's screenshots in the repo (written by `npm run screenshots`): at least three, each a
// 1280 x 800 PNG, the size the Marketplace listing takes.
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { pngSize } from '../support/png';

const DIR = path.resolve(import.meta.dirname, '../../store/screenshots');

describe('store screenshots', () => {
  const files = readdirSync(DIR).filter((f) => f.endsWith('.png'));

  it('holds the preview, the portfolio and what would change it', () => {
    expect(files).toEqual(
      expect.arrayContaining(['1-preview.png', '2-bulk-portfolio.png', '3-what-would-change-it.png']),
    );
  });

  it.each(files)('%s is 1280 x 800', (file) => {
    expect(pngSize(readFileSync(path.join(DIR, file)))).toEqual({ width: 1280, height: 800 });
  });
});
