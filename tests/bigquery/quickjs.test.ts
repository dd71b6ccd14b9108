// (b) The exact SQL body in QuickJS (quickjs-emscripten), the JavaScript runtime of the only known BigQuery
// emulator: an engine with no Intl at all, where the body must give DISTMODEL's answers.
import { getQuickJS, type QuickJSContext } from 'quickjs-emscripten';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { builtBody, distmodelFields, productSets, recordOf } from './support';

let vm: QuickJSContext;

/** Evaluates `code` in QuickJS and returns its value, copied out as JSON. */
function evaluate(code: string): unknown {
  const handle = vm.unwrapResult(vm.evalCode(code));
  const text = vm.getString(handle);
  handle.dispose();
  return JSON.parse(text);
}

beforeAll(async () => {
  const quickjs = await getQuickJS();
  vm = quickjs.newContext();
  vm.unwrapResult(vm.evalCode(`var distmodel = function (product, weights) {\n${builtBody()}\n};`)).dispose();
});

afterAll(() => vm?.dispose());

describe('the function body in QuickJS', () => {
  it('runs where Intl does not exist', () => {
    expect(evaluate('JSON.stringify(typeof Intl)')).toBe('undefined');
  });

  for (const set of productSets()) {
    it(`agrees with DISTMODEL on every product of ${set.name} (${set.rows.length})`, () => {
      const records = set.rows.map((row) => recordOf(set.header, row));
      const got = evaluate(
        `JSON.stringify(${JSON.stringify(records)}.map(function (p) { return distmodel(p, ''); }))`,
      );
      expect(got).toEqual(distmodelFields(set));
    });
  }

  it('gives the row message for bad values', () => {
    const got = evaluate(`JSON.stringify(distmodel({ Customer: 'Martians', Price: 10 }, ''))`) as {
      model: string;
    };
    expect(got.model).toMatch(/^Customer: "Martians" is not accepted/);
  });
});
