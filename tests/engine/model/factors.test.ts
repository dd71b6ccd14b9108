// Every built-in product column: its levels and their aliases, its headers and synonyms, and how a header
// row is matched to factors (case, spaces, punctuation, units in brackets, order, precedence, duplicates).
import { describe, expect, it } from 'vitest';
import {
  BUILT_IN_FACTORS,
  countKnownHeaders,
  distmodel,
  HEADER_MIN_MATCHES,
  HEADERLESS_ORDER,
  mapHeader,
  PRODUCT_COLUMN,
  type ProductResult,
  resolveWeights,
  scoreProduct,
} from '../../../src/engine/index';
import { FACTOR_HEADERS, WEIGHTS_TABLE_HEADER } from '../../support/sheet-headers';

const balanced = resolveWeights('Balanced');
const CATEGORY_FACTORS = BUILT_IN_FACTORS.filter((f) => f.kind === 'category');
const SCALE_FACTORS = BUILT_IN_FACTORS.filter((f) => f.levels.join() === 'Low,Medium,High');
const YES_NO_FACTORS = BUILT_IN_FACTORS.filter((f) => f.levels.join() === 'Yes,No');

/** Scores one cell under one header; returns the level it fell in, or the messages it produced. */
function read(header: unknown, value: unknown): ProductResult {
  return scoreProduct(balanced, [header], [value]);
}

function levelOf(factor: string, value: unknown, header: unknown = factor): string {
  const result = read(header, value);
  if (result.status !== 'scored') throw new Error(`${factor}=${String(value)}: ${JSON.stringify(result)}`);
  const hit = result.explanation.contributions.filter((c) => c.factor === factor);
  expect(hit).toHaveLength(1);
  return hit[0]?.level as string;
}

/** The messages of one cell in a named product's row (a row of only a 0 and no name is no product, #17). */
function messagesOf(header: string, value: unknown): string {
  const result = scoreProduct(balanced, ['Product', header], ['Item', value]);
  if (result.status !== 'invalid') throw new Error(`expected a message for ${header}=${String(value)}`);
  return result.messages.join(' ');
}

describe('the built-in factors', () => {
  it('are the eleven columns of issue #2, in its column order, then the optional two of issue #16', () => {
    expect(BUILT_IN_FACTORS.map((f) => f.name)).toEqual([...FACTOR_HEADERS, 'Delivery', 'Customer value']);
    // A row without a header keeps the eleven: existing A:L ranges read as before.
    expect(HEADERLESS_ORDER).toEqual([...FACTOR_HEADERS]);
  });

  it('accept the levels issue #2 lists', () => {
    const levels = Object.fromEntries(BUILT_IN_FACTORS.map((f) => [f.name, new Set(f.levels)]));
    expect(levels).toEqual({
      Customer: new Set(['B2B', 'B2C', 'Both']),
      'Product type': new Set(['Software', 'Physical', 'Service']),
      Price: new Set(['0', '50', '2000', '100000']),
      Complexity: new Set(['Low', 'Medium', 'High']),
      'See before buying': new Set(['Yes', 'No']),
      Control: new Set(['Low', 'Medium', 'High']),
      Reach: new Set(['Low', 'Medium', 'High']),
      Market: new Set(['Niche', 'Mass']),
      Buyers: new Set(['Few', 'Many']),
      'Local service': new Set(['Yes', 'No']),
      'Purchase frequency': new Set(['Rare', 'Occasional', 'Frequent']),
      Delivery: new Set(['Online', 'Made to order', 'From stock', 'On site']),
      'Customer value': new Set(['0', '1000', '10000', '100000']),
    });
  });

  it('take 1..5 on the Low/Medium/High columns and checkboxes on the Yes/No columns', () => {
    expect(SCALE_FACTORS.map((f) => f.name)).toEqual(['Complexity', 'Control', 'Reach']);
    expect(YES_NO_FACTORS.map((f) => f.name)).toEqual(['See before buying', 'Local service']);
  });

  it('never share a header: each name or synonym means one column only', () => {
    const owners = new Map<string, string>();
    const key = (s: string) => s.toLowerCase().replace(/[^a-z0-9]+/g, '');
    for (const f of BUILT_IN_FACTORS) {
      for (const header of [f.name, ...f.synonyms]) {
        expect(owners.get(key(header)) ?? f.name, `${header} (${f.name})`).toBe(f.name);
        owners.set(key(header), f.name);
      }
    }
    for (const header of [PRODUCT_COLUMN.name, ...PRODUCT_COLUMN.synonyms]) {
      expect(owners.get(key(header)), header).toBeUndefined();
    }
  });
});

describe.each(CATEGORY_FACTORS.map((f) => [f.name, f] as const))('%s levels', (name, factor) => {
  it.each([...factor.levels])('"%s" in any case and spacing', (level) => {
    expect(levelOf(name, level)).toBe(level);
    expect(levelOf(name, level.toUpperCase())).toBe(level);
    expect(levelOf(name, `  ${level.toLowerCase()} `)).toBe(level);
  });

  it('every alias (if it has any) reads as its level', () => {
    for (const [alias, level] of Object.entries(factor.aliases ?? {})) {
      expect(levelOf(name, alias), alias).toBe(level);
    }
  });

  it('rejects another word with a message naming the column, the value and every level', () => {
    const message = messagesOf(name, 'Sometimes maybe');
    expect(message.startsWith(`${name}: "Sometimes maybe" is not accepted`)).toBe(true);
    for (const level of factor.levels) expect(message).toContain(level);
  });

  it('treats a blank cell as unknown, not as a level', () => {
    for (const blank of ['', '   ', null, undefined]) {
      expect(read(name, blank).status).toBe('blank');
      expect(scoreProduct(balanced, ['Product', name], ['Widget', blank]).status).toBe('empty');
    }
  });
});

describe('aliases the issue relies on', () => {
  it.each([
    ['Customer', 'business', 'B2B'],
    ['Customer', 'Consumers', 'B2C'],
    ['Customer', 'B2B/B2C', 'Both'],
    ['Product type', 'SaaS', 'Software'],
    ['Product type', 'hardware', 'Physical'],
    ['Market', 'mass market', 'Mass'],
    ['Purchase frequency', 'often', 'Frequent'],
    ['Complexity', 'med', 'Medium'],
    ['Reach', 'h', 'High'],
    ['Local service', 'y', 'Yes'],
    ['See before buying', 'FALSE', 'No'],
  ])('%s "%s" is %s', (factor, value, level) => {
    expect(levelOf(factor, value)).toBe(level);
  });
});

describe.each(YES_NO_FACTORS.map((f) => f.name))('%s as a checkbox', (name) => {
  it('TRUE/FALSE booleans are Yes/No', () => {
    expect(levelOf(name, true)).toBe('Yes');
    // FALSE alone is what an untouched checkbox holds on a row nobody started: a product needs more.
    const result = scoreProduct(balanced, ['Product', name], ['Widget', false]);
    expect(result.status === 'scored' && result.explanation.contributions[0]?.level).toBe('No');
  });

  it('"TRUE"/"false" text and y/n are Yes/No', () => {
    expect(levelOf(name, 'TRUE')).toBe('Yes');
    expect(levelOf(name, 'false')).toBe('No');
    expect(levelOf(name, 'Y')).toBe('Yes');
    expect(levelOf(name, 'n')).toBe('No');
  });

  it('a number is not a checkbox: the message names the column and says a checkbox works', () => {
    const message = messagesOf(name, 1);
    expect(message).toContain(`${name}: 1 is not accepted`);
    expect(message).toContain('Yes or No');
    expect(message).toContain('checkbox');
  });
});

describe('booleans outside Yes/No columns', () => {
  it('are rejected by a category column without a checkbox meaning', () => {
    expect(messagesOf('Customer', true)).toContain('Customer: true is not accepted');
  });
});

describe.each(SCALE_FACTORS.map((f) => f.name))('%s on a 1-5 scale', (name) => {
  it.each([
    [1, 'Low'],
    [2, 'Low'],
    [3, 'Medium'],
    [4, 'High'],
    [5, 'High'],
  ])('%d is %s', (n, level) => {
    expect(levelOf(name, n)).toBe(level);
    // Numbers typed into a text-formatted cell (or a CSV import) arrive as text.
    expect(levelOf(name, String(n))).toBe(level);
  });

  it.each([0, 6, 2.5, -1, 3.0000001, Number.NaN, Number.POSITIVE_INFINITY, '0', '6', '2.5'])(
    '%s is rejected, naming the column and the 1-5 scale',
    (value) => {
      const message = messagesOf(name, value);
      expect(message.startsWith(`${name}: `)).toBe(true);
      expect(message).toContain('is not accepted');
      for (const level of ['Low', 'Medium', 'High']) expect(message).toContain(level);
      expect(message).toContain('a number from 1 to 5');
    },
  );

  it('3.0 is the integer 3', () => {
    expect(levelOf(name, 3.0)).toBe('Medium');
  });
});

describe('numbers in columns without a scale', () => {
  it.each(['Customer', 'Market', 'Buyers', 'Purchase frequency'])('%s rejects 3', (name) => {
    const message = messagesOf(name, 3);
    expect(message).toContain(`${name}: 3 is not accepted`);
    expect(message).not.toContain('1 to 5');
  });
});

describe('dates, lists and objects in a cell', () => {
  it('are rejected with a readable description of the value', () => {
    expect(messagesOf('Customer', new Date(2024, 0, 1))).toContain('Customer: a date is not accepted');
    expect(messagesOf('Customer', ['B2B'])).toContain('Customer: a list of values is not accepted');
    expect(messagesOf('Customer', { level: 'B2B' })).toContain('Customer: an object is not accepted');
  });

  it('a long value is shortened in the message', () => {
    const message = messagesOf('Market', 'x'.repeat(500));
    expect(message.length).toBeLessThan(200);
    expect(message).toContain('...');
  });
});

/** Ways people write a header that must all mean the same column. */
function spellings(header: string): string[] {
  return [
    header,
    header.toUpperCase(),
    header.toLowerCase(),
    `  ${header}  `,
    header.replace(/ /g, '_'),
    header.replace(/ /g, '-'),
    header.replace(/ /g, ''),
    `${header} (USD)`,
    `${header}:`,
  ];
}

describe.each(BUILT_IN_FACTORS.map((f) => [f.name, f] as const))('%s headers', (name, factor) => {
  const sample = factor.kind === 'numeric' ? 120 : (factor.levels[0] as string);

  it.each([name, ...factor.synonyms])('"%s" names the column in every spelling', (header) => {
    for (const spelling of spellings(header)) {
      const result = read(spelling, sample);
      expect(result.status, spelling).toBe('scored');
      if (result.status === 'scored') {
        expect(result.explanation.contributions.map((c) => c.factor)).toEqual([name]);
      }
    }
  });
});

describe('header matching', () => {
  const columnsOf = (header: unknown[]) => {
    const { factorColumn, productColumn } = mapHeader(balanced, header);
    const byName = Object.fromEntries(balanced.factors.map((f, i) => [f.name, factorColumn[i]]));
    return { byName, productColumn };
  };

  it('finds every factor whatever the column order', () => {
    const names = BUILT_IN_FACTORS.map((f) => f.name);
    const reversed = [...names].reverse();
    const { byName } = columnsOf(reversed);
    for (const name of names) expect(byName[name]).toBe(reversed.indexOf(name));
  });

  it('an exact factor name wins over a synonym, wherever each stands', () => {
    expect(columnsOf(['Customer type', 'Customer']).byName.Customer).toBe(1);
    expect(columnsOf(['Customer', 'Customer type']).byName.Customer).toBe(0);
    expect(columnsOf(['Type', 'Product type']).byName['Product type']).toBe(1);
  });

  it('scores the exact-name column and ignores the synonym column beside it', () => {
    const out = distmodel(
      [
        ['Customer type', 'Customer', 'Product type'],
        ['B2C', 'B2B', 'Software'],
      ],
      'Balanced',
      'explain',
    );
    expect(out[1]?.[0]).toContain('Customer = B2B');
    expect(out[1]?.[0]).not.toContain('B2C');
  });

  it('of two identical headers, the first column is used', () => {
    expect(columnsOf(['Market', 'Market']).byName.Market).toBe(0);
    expect(columnsOf(['Customer type', 'Segment', 'Customer type']).byName.Customer).toBe(0);
  });

  it('a column serves one factor only', () => {
    const { byName } = columnsOf(['Customer']);
    expect(Object.values(byName).filter((c) => c === 0)).toHaveLength(1);
  });

  it('finds the product column by any of its names, and never scores it', () => {
    for (const header of [PRODUCT_COLUMN.name, ...PRODUCT_COLUMN.synonyms]) {
      expect(columnsOf(['Customer', header]).productColumn).toBe(1);
    }
  });

  it('ignores cells that are not text', () => {
    const { byName, productColumn } = columnsOf([1, true, null, new Date(0), ['Customer']]);
    expect(Object.values(byName).every((c) => c === -1)).toBe(true);
    expect(productColumn).toBe(-1);
  });
});

describe('header detection', () => {
  it(`needs ${HEADER_MIN_MATCHES} known headers`, () => {
    expect(HEADER_MIN_MATCHES).toBe(2);
    expect(countKnownHeaders(balanced, ['Customer', 'Notes'])).toBe(1);
    expect(countKnownHeaders(balanced, ['Customer', 'Sort of thing?', 'Segment'])).toBe(2);
    expect(countKnownHeaders(balanced, ['Product name', 'Price (USD)'])).toBe(2);
  });

  it('a row naming one factor is read as data, a row naming two as a header', () => {
    const one = distmodel([['Customer', 'Notes']]);
    expect(one).toHaveLength(1);
    expect(String(one[0]?.[0])).toContain('Customer: "Customer" is not accepted');
    const two = distmodel([
      ['Customer', 'Market'],
      ['B2B', 'Niche'],
    ]);
    expect(two[0]).toEqual(['Distribution model']);
  });

  it('recognises a factor header even when that factor weighs 0 in the table used', () => {
    const grid = [
      [...WEIGHTS_TABLE_HEADER],
      ['Customer', 'B2B', 0, 2, 0, 0, -1],
      ['Customer', 'B2C', 0, -1, 1, 1, 1],
      ['Market', 'Mass', 0, -2, 1, -1, 2],
      ['Market', 'Niche', 0, 1, -1, 1, -2],
      ['Reach', 'High', 1, -2, 1, -1, 2],
      ['Reach', 'Low', 1, 1, -1, 0, -2],
    ];
    const out = distmodel(
      [
        ['Customer', 'Market'],
        ['B2B', 'Niche'],
      ],
      grid,
    );
    expect(out[0]).toEqual(['Distribution model']);
  });
});
