// Products nobody tuned the Balanced table to (issue #2, section 3: "stay sensible on products nobody tuned
// it to"). None is in the calibration set; each is a textbook case of its model, its cells filled in from
// public descriptions of how it is sold, written down before looking at what the engine says.
import { describe, expect, it } from 'vitest';
import { distmodel } from '../../../src/engine/index';
import { PRODUCT_TABLE_HEADER } from '../../support/sheet-headers';

// The products table's columns (Product, Customer, ..., Purchase frequency), then the expected model.
const HOLDOUT = `
Workday HCM                  | B2B  | Software | 500k    | High   | No  | High   | Low    | Niche | Few  | No  | Rare       | Direct (assisted sales)
Boeing 787                   | B2B  | Physical | $250M   | High   | Yes | High   | Low    | Niche | Few  | Yes | Rare       | Direct (assisted sales)
Canva Pro                    | Both | Software | 120     | Low    | No  | Medium | High   | Mass  | Many | No  | Occasional | Direct (automated purchase)
Dropbox Plus                 | B2C  | Software | $120    | Low    | No  | Medium | High   | Mass  | Many | No  | Occasional | Direct (automated purchase)
Caterpillar D6 dozer         | B2B  | Physical | 500,000 | High   | Yes | High   | Medium | Niche | Many | Yes | Rare       | Authorized dealers
Harley-Davidson Street Glide | B2C  | Physical | $25,000 | Medium | Yes | High   | Medium | Niche | Many | Yes | Rare       | Authorized dealers
Coca-Cola (330 ml can)       | B2C  | Physical | 1.5     | Low    | No  | Low    | High   | Mass  | Many | No  | Frequent   | Open resale
Colgate toothpaste           | B2C  | Physical | 4       | Low    | No  | Low    | High   | Mass  | Many | No  | Frequent   | Open resale
`
  .trim()
  .split('\n')
  .map((line) => line.split('|').map((cell) => cell.trim()));

describe('the Balanced table on products it was not tuned to', () => {
  // Amounts such as "$25,000" are written as an English-locale sheet writes them.
  const out = distmodel(
    [[...PRODUCT_TABLE_HEADER], ...HOLDOUT.map((row) => row.slice(0, -1))],
    undefined,
    undefined,
    undefined,
    { locale: 'en_US' },
  );

  it.each(HOLDOUT.map((row, i) => [row[0], row.at(-1), i] as const))('%s: %s', (_name, expected, i) => {
    expect(out[i + 1]).toEqual([expected]);
  });
});
