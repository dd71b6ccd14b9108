// google.script.run's value rules (developers.google.com/apps-script/guides/html/communication,
// "Parameters and return values"), applied by the workbench's sidebar shim and server.
import vm from 'node:vm';
import { describe, expect, test } from 'vitest';
import {
  IllegalValueError,
  isCallableName,
  toReturnValue,
  toScriptValue,
} from '../../workbench/app/script-values';

describe('arguments (toScriptValue)', () => {
  test('primitives, null, plain objects and arrays pass as copies', () => {
    const arg = { a: 1, b: 'x', c: true, d: null, e: [1, [2, 'y']], f: { g: false } };
    const copy = toScriptValue(arg);
    expect(copy).toEqual(arg);
    expect(copy).not.toBe(arg);
  });

  test('undefined inside an array becomes null; an undefined property is dropped', () => {
    expect(toScriptValue([1, undefined, 3])).toEqual([1, null, 3]);
    expect(toScriptValue({ a: undefined, b: 2 })).toEqual({ b: 2 });
  });

  test('a Date fails, also deep inside, naming the property', () => {
    expect(() => toScriptValue(new Date())).toThrow(IllegalValueError);
    expect(() => toScriptValue({ when: [1, new Date()] }, '0')).toThrow(
      'Failed due to illegal value in property: 1',
    );
  });

  test('functions, class instances and circular objects fail', () => {
    expect(() => toScriptValue(() => 1)).toThrow(IllegalValueError);
    expect(() => toScriptValue(new Map())).toThrow(IllegalValueError);
    const loop: Record<string, unknown> = {};
    loop.self = loop;
    expect(() => toScriptValue(loop)).toThrow(IllegalValueError);
  });

  test('the same object twice (not a cycle) is fine', () => {
    const shared = { x: 1 };
    expect(toScriptValue([shared, shared])).toEqual([{ x: 1 }, { x: 1 }]);
  });

  test('plain objects from another realm (the script sandbox) are plain', () => {
    const foreign = vm.runInNewContext('({ a: [1, 2], b: { c: "d" } })');
    expect(toScriptValue(foreign)).toEqual({ a: [1, 2], b: { c: 'd' } });
  });
});

describe('return values (toReturnValue)', () => {
  test('a result holding a Date reaches the page as null', () => {
    expect(toReturnValue([['Name', new Date(0)]])).toBeNull();
  });

  test('plain results are copied', () => {
    expect(toReturnValue({ status: 'saved', rows: [1, undefined] })).toEqual({
      status: 'saved',
      rows: [1, null],
    });
    expect(toReturnValue(undefined)).toBeNull();
  });
});

test('functions whose names end in "_" are private and not callable', () => {
  expect(isCallableName('getWeights')).toBe(true);
  expect(isCallableName('helper_')).toBe(false);
  expect(isCallableName('constructor.prototype')).toBe(false);
});
