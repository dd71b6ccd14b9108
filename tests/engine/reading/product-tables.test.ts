// Issue #8, section 3 (product tables as people keep them) and issue #7's "numbers read as the sheet shows
// them", on the engine: each example of the issue is a test here, with the kind of fault it stands for.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  BUILT_IN_FACTORS,
  decimalMarkOf,
  describeColumns,
  distmodel,
  EMPTY_ROW_MESSAGE,
  isPlaceholder,
  mapHeader,
  presetTable,
  type Reading,
  readAmountText,
  resolveWeights,
  scoreProduct,
  weightsTableToGrid,
} from '../../../src/engine/index';
import { LOW_MEDIUM_HIGH, YES_NO } from '../../../src/engine/model/vocabularies';
import { PRODUCT_TABLE_HEADER } from '../../support/sheet-headers';

const balanced = resolveWeights('Balanced');
const HEADER = [...PRODUCT_TABLE_HEADER];
const column = (name: string) => HEADER.indexOf(name as (typeof HEADER)[number]);

/** The level a value of one factor falls in, or the row's status / messages when it is not scored. */
function levelOf(factor: string, value: unknown, reading: Reading = {}, header = factor): string {
  const result = scoreProduct(balanced, ['Product', header], ['Item', value], reading);
  if (result.status === 'invalid') return `invalid: ${result.messages.join(' ')}`;
  if (result.status !== 'scored') return result.status;
  return result.explanation.contributions.find((c) => c.factor === factor)?.level ?? 'not read';
}

const priceBand = (value: unknown, reading: Reading = {}, header = 'Price') =>
  levelOf('Price', value, reading, header);

/** A product row of the table (A:L) from a few named cells. */
function row(cells: Record<string, unknown>): unknown[] {
  return HEADER.map((h) => cells[h] ?? '');
}

const DE: Reading = { locale: 'de_DE' };
const US: Reading = { locale: 'en_US' };

describe('checkbox columns: rows nobody started are no products', () => {
  // Checkboxes down See before buying and Local service: every empty row holds FALSE in both.
  const unstarted = row({ 'See before buying': false, 'Local service': false });
  const table = [
    HEADER,
    row({
      Product: 'Tractor',
      Customer: 'B2B',
      'Product type': 'Physical',
      Price: 90_000,
      'See before buying': true,
      'Local service': true,
    }),
    row({
      Product: 'App',
      Customer: 'B2C',
      'Product type': 'Software',
      Price: 5,
      'See before buying': false,
      'Local service': false,
    }),
    ...Array.from({ length: 47 }, () => [...unstarted]),
  ];

  it('=DISTMODEL(A1:L) gives the two products and 47 blank rows, not 47 phantom recommendations', () => {
    const out = distmodel(table);
    expect(out).toHaveLength(50);
    expect(out.slice(1, 3).every((r) => r[0] !== '')).toBe(true);
    expect(out.slice(3).every((r) => r.every((c) => c === ''))).toBe(true);
  });

  it('a started row with unchecked boxes is still a product (FALSE is No there)', () => {
    const out = distmodel(
      [HEADER, row({ Product: 'Kiosk', 'See before buying': false })],
      undefined,
      'explain',
    );
    expect(String(out[1]?.[0])).toMatch(/See before buying = No/);
  });

  it('TRUE alone is a started row: someone ticked it', () => {
    const out = distmodel([HEADER, row({ 'Local service': true })]);
    expect(out[1]?.[0]).not.toBe('');
  });
});

describe('text amounts in the spreadsheet locale', () => {
  it('"12.000" in a German sheet is 12,000, not 12', () => {
    expect(priceBand('12.000', DE)).toBe('2,000 to 100,000');
    expect(priceBand('12.000', US)).toBe('0 to 50');
  });

  it('"12.000" with no locale known is refused with both readings, never read as 12', () => {
    const message = priceBand('12.000');
    expect(message).toMatch(/^invalid: Price: "12.000" reads as 12 or as 12,000/);
  });

  it('"0,375" is 0.375 (German), never 375', () => {
    expect(priceBand('0,375', DE)).toBe('0 to 50');
    expect(priceBand('0,375')).toBe('0 to 50');
    expect(readAmountText('0,375', '.')).toEqual({ ok: true, amount: 0.375 });
  });

  it.each([
    ['€1.200,50', DE, 1200.5],
    ['€1.200,50', {}, 1200.5],
    ['500 EUR', {}, 500],
    ['£300', {}, 300],
    ['1 200', {}, 1200],
    ['1 200', DE, 1200],
    ['1\u202f234,5', { locale: 'fr_FR' }, 1234.5],
    ["1'234.50", { locale: 'de_CH' }, 1234.5],
    ['1.5 Mio', DE, 1_500_000],
    ['$12,000', US, 12_000],
    ['CHF 90', {}, 90],
  ])('%j is accepted as %s', (text, reading, amount) => {
    const mark = decimalMarkOf((reading as { locale?: string }).locale);
    expect(readAmountText(text, mark)).toEqual({ ok: true, amount });
  });

  it('a number written in any locale Sheets offers reads back as itself (property)', () => {
    const locales = [
      'en-US',
      'en-GB',
      'de-DE',
      'de-CH',
      'fr-FR',
      'es-ES',
      'es-MX',
      'it-IT',
      'pt-BR',
      'nl-NL',
      'sv-SE',
      'pl-PL',
      'ru-RU',
      'ja-JP',
    ];
    fc.assert(
      fc.property(
        fc.constantFrom(...locales),
        fc.integer({ min: 0, max: 10_000_000_000 }),
        fc.integer({ min: 0, max: 99 }),
        (locale, whole, cents) => {
          const amount = (whole * 100 + cents) / 100;
          const text = amount.toLocaleString(locale, { maximumFractionDigits: 2 });
          const reading = readAmountText(text, decimalMarkOf(locale));
          expect(reading).toEqual({ ok: true, amount });
        },
      ),
    );
  });

  it('without a locale, a text is read only when it reads one way (property)', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 999 }), fc.integer({ min: 0, max: 999 }), (a, b) => {
        const digits = String(b).padStart(3, '0');
        for (const sep of ['.', ',']) {
          const reading = readAmountText(`${a}${sep}${digits}`, null);
          // "a.bcd" is a + bcd/1000 with a decimal point, a * 1000 + bcd with a thousands point.
          expect(reading.ok).toBe(false);
        }
      }),
    );
  });

  it('a header "Price (k$)" counts in thousands: 12 is $12k, not the cheapest band', () => {
    expect(priceBand(12, {}, 'Price (k$)')).toBe('2,000 to 100,000');
    expect(priceBand('1.5', US, 'Deal size ($M)')).toBe('100,000 or more');
    expect(priceBand(300, {}, 'Price (EUR)')).toBe('50 to 2,000');
  });

  it('a header unit DistModel cannot read is refused on every value of the column', () => {
    const message = priceBand(12, {}, 'Price (per seat)');
    expect(message).toMatch(/^invalid: Price: the column "Price \(per seat\)" is in "per seat"/);
    expect(priceBand(12, {}, 'Price (%)')).toMatch(/^invalid: /);
  });
});

describe('placeholders for unknown', () => {
  const base = { Product: 'Gadget', Customer: 'B2B', 'Product type': 'Physical' };
  const blankRow = distmodel([HEADER, row(base)], undefined, 'all')[1];

  it.each(['N/A', 'n/a', '-', '—', '?', 'TBD', 'unknown', 'not known yet', 'tbc', '...'])(
    '%j in a factor cell is unknown, like a blank',
    (placeholder) => {
      const cells = { ...base, Price: placeholder, Complexity: placeholder, Market: placeholder };
      expect(distmodel([HEADER, row(cells)], undefined, 'all')[1]).toEqual(blankRow);
    },
  );

  it('no level or listed word of any built-in factor is taken for a placeholder', () => {
    const words = BUILT_IN_FACTORS.flatMap((f) => [
      ...f.levels,
      ...Object.values(f.words ?? {}).flat(),
      ...Object.values(YES_NO.words).flat(),
      ...Object.values(LOW_MEDIUM_HIGH.words).flat(),
    ]);
    expect(words.filter(isPlaceholder)).toEqual([]);
  });

  it('a row of placeholders only is a product still to fill in', () => {
    expect(distmodel([HEADER, row({ Product: 'X', Customer: 'N/A', Price: '-' })])[1]).toEqual([
      EMPTY_ROW_MESSAGE,
    ]);
  });

  it("a factor's own level named like a placeholder keeps its meaning", () => {
    const grid = weightsTableToGrid(presetTable('Balanced'));
    grid.push(['Certified', 'N/A', 1, 0, 0, 0, 2], ['Certified', 'Yes', 1, 2, 0, 0, 0]);
    const result = scoreProduct(resolveWeights(grid), ['Product', 'Certified'], ['X', 'n/a']);
    expect(result.status === 'scored' && result.explanation.contributions[0]?.level).toBe('N/A');
  });
});

describe('words people use', () => {
  it.each([
    ['Complexity', 'hi', 'High'],
    ['Complexity', 'med', 'Medium'],
    ['Control', 'lo', 'Low'],
    ['Customer', 'Enterprise', 'B2B'],
    ['Customer', 'Business', 'B2B'],
    ['Customer', 'Consumer', 'B2C'],
    ['Product type', 'SaaS', 'Software'],
    ['Product type', 'Hardware', 'Physical'],
    ['Product type', 'Machinery', 'Physical'],
    ['Purchase frequency', 'Annually', 'Occasional'],
    ['Purchase frequency', 'Daily', 'Frequent'],
    ['Purchase frequency', 'Monthly', 'Frequent'],
    ['Purchase frequency', 'Weekly', 'Frequent'],
    ['Purchase frequency', 'often', 'Frequent'],
    ['Purchase frequency', 'Rarely', 'Rare'],
    ['Local service', 'required', 'Yes'],
    ['Local service', 'not needed', 'No'],
  ])('%s "%s" is %s', (factor, word, level) => {
    expect(levelOf(factor, word)).toBe(level);
  });

  /** Every word a factor lists for a level, its shared vocabulary's included. */
  function wordsOf(factor: (typeof BUILT_IN_FACTORS)[number]): [string, string][] {
    const shared =
      factor.levels.join() === 'Yes,No'
        ? YES_NO
        : factor.levels.join() === 'Low,Medium,High'
          ? LOW_MEDIUM_HIGH
          : null;
    const lists = [factor.words ?? {}, shared?.words ?? {}];
    return lists.flatMap((w) =>
      Object.entries(w).flatMap(([level, list]) => list.map((word): [string, string] => [word, level])),
    );
  }

  const category = BUILT_IN_FACTORS.filter((f) => f.kind === 'category');

  it.each(category.map((f) => [f.name, f] as const))(
    '%s: every listed word reads as its level',
    (_name, factor) => {
      for (const [word, level] of wordsOf(factor)) expect(levelOf(factor.name, word), word).toBe(level);
    },
  );

  it('no word means two levels of one factor, nor another level than its label (property)', () => {
    const key = (s: string) => s.toLowerCase().replace(/[^a-z0-9]+/g, '');
    fc.assert(
      fc.property(fc.constantFrom(...category), (factor) => {
        const levelByKey = new Map<string, string>(factor.levels.map((l) => [key(l), l]));
        for (const [word, level] of wordsOf(factor)) {
          expect(key(word), `${factor.name}: "${word}" normalizes to nothing`).not.toBe('');
          const seen = levelByKey.get(key(word));
          expect(seen ?? level, `${factor.name}: "${word}"`).toBe(level);
          levelByKey.set(key(word), level);
        }
      }),
    );
  });

  it('any spelling of a listed word (case, spaces, punctuation) reads the same (property)', () => {
    const pairs = category.flatMap((f) => wordsOf(f).map(([w, l]) => [f.name, w, l] as const));
    fc.assert(
      fc.property(
        fc.constantFrom(...pairs),
        fc.boolean(),
        fc.constantFrom('', ' ', '  ', '-'),
        (pair, upper, pad) => {
          const [factor, word, level] = pair;
          const spelled = `${pad}${upper ? word.toUpperCase() : word.toLowerCase()}${pad === '-' ? '' : pad}`;
          expect(levelOf(factor, spelled)).toBe(level);
        },
      ),
    );
  });
});

describe('which columns count', () => {
  it('"Service needed locally" is Local service and "SKU" is the product name', () => {
    const header = ['SKU', 'Customer', 'Service needed locally'];
    const columns = mapHeader(balanced, header);
    expect(columns.productColumn).toBe(0);
    const local = balanced.factors.findIndex((f) => f.name === 'Local service');
    expect(columns.factorColumn[local]).toBe(2);
    expect(levelOf('Local service', 'Yes', {}, 'Service needed locally')).toBe('Yes');
  });

  it.each([
    ['Local service required', 'Local service'],
    ['Try before you buy', 'See before buying'],
    ['Frequency of purchase', 'Purchase frequency'],
    ['Types of product', 'Product type'],
    ['Segments', 'Customer'],
  ])('%j is recognised as %s (word order and endings do not matter)', (header, factor) => {
    const roles = describeColumns(balanced, [header]);
    expect(roles[0]?.role).toMatchObject({ kind: 'factor', factor });
  });

  it('describes every header: recognised, product, second column for a factor, turned off, ignored', () => {
    const header = ['SKU', 'Customer type', 'Segment', 'Price (k$)', 'Notes', '', 'Purchase frequency'];
    const weights = weightsTableToGrid(presetTable('Balanced')).filter((r) => r[0] !== 'Purchase frequency');
    const roles = describeColumns(resolveWeights(weights), header);
    expect(roles.map((r) => [r.column, r.header, r.role])).toEqual([
      [0, 'SKU', { kind: 'product' }],
      [
        1,
        'Customer type',
        { kind: 'factor', factor: 'Customer', matchedBy: 'synonym', scale: 1, problem: null },
      ],
      [2, 'Segment', { kind: 'duplicate', factor: 'Customer', usedColumn: 1 }],
      [
        3,
        'Price (k$)',
        { kind: 'factor', factor: 'Price', matchedBy: 'synonym', scale: 1000, problem: null },
      ],
      [4, 'Notes', { kind: 'ignored' }],
      [6, 'Purchase frequency', { kind: 'off', factor: 'Purchase frequency' }],
    ]);
  });

  it('a header mapped in the weights table\'s "Product column" column is read as that factor', () => {
    const grid = weightsTableToGrid(presetTable('Balanced')).map((r) => [...r, '']);
    (grid[0] as unknown[])[7] = 'Product column';
    const first = grid.findIndex((r) => r[0] === 'Local service');
    (grid[first] as unknown[])[7] = 'Onsite techs?; Field crew';
    const mapped = resolveWeights(grid);
    for (const header of ['Onsite techs?', 'field crew']) {
      const result = scoreProduct(mapped, ['Product', header], ['X', 'Yes']);
      expect(result.status === 'scored' && result.explanation.contributions.map((c) => c.factor)).toEqual([
        'Local service',
      ]);
      expect(describeColumns(mapped, [header])[0]?.role).toMatchObject({
        kind: 'factor',
        matchedBy: 'mapped',
      });
    }
    // The same table written back keeps the mapping.
    const again = resolveWeights(weightsTableToGrid(mapped.table));
    expect(mapHeader(again, ['Field crew']).factorColumn.some((c) => c === 0)).toBe(true);
  });
});

describe('error cells', () => {
  it('an error value that arrives as a value gives its row a message naming the column; other rows are unaffected', () => {
    const good = row({ Product: 'A', Customer: 'B2B', Price: 500 });
    const out = distmodel([HEADER, good, row({ Product: 'B', Customer: 'B2C', Price: '#N/A' }), good]);
    expect(out[2]?.[0]).toBe(
      'Price: the cell shows #N/A; fix its formula, or wrap it in IFERROR(..., "") to leave it blank.',
    );
    expect(out[1]).toEqual(out[3]);
    expect(levelOf('Customer', '#REF!')).toMatch(/^invalid: Customer: the cell shows #REF!/);
  });
});

describe('long messages', () => {
  it('a row with nine bad cells gets a short message naming the first problems and counting the rest', () => {
    const bad = row({
      Product: 'Junk',
      Customer: 'Aliens',
      'Product type': 'Vibes',
      Price: 'lots',
      Complexity: 'extreme!!',
      Control: 'sideways',
      Reach: 'galactic',
      Market: 'flea',
      Buyers: 'ghosts',
      'Purchase frequency': 'blue moon',
    });
    const message = String(distmodel([HEADER, bad])[1]?.[0]);
    expect(message.length).toBeLessThanOrEqual(300);
    expect(message).toMatch(
      /^Customer: "Aliens" is not accepted; use B2B, B2C or Both\. Product type: "Vibes"/,
    );
    expect(message).toMatch(
      /And 7 more problems: Price, Complexity, Control, Reach, Market, Buyers, Purchase frequency\.$/,
    );
  });
});

describe('numbers read as the sheet shows them (issue #7)', () => {
  it('a rating of 2.9999999999999996 from a formula is 3', () => {
    expect(levelOf('Complexity', 2.9999999999999996)).toBe('Medium');
    expect(levelOf('Reach', 4.000000000000001)).toBe('High');
    expect(levelOf('Complexity', 2.5)).toMatch(/^invalid: Complexity: 2.5 is not accepted/);
  });

  it('an amount within floating-point noise of a bound is in the band the sheet shows', () => {
    expect(priceBand(0.1 * 3 * 10 * 5 * (50 / 15))).toBe(priceBand(50));
    expect(priceBand(49.99)).toBe('0 to 50');
  });
});

it('the table header used by these tests is the products table of the README', () => {
  expect(column('Price')).toBe(3);
});
