import { expect, test } from 'vitest';
import { injectShim } from '../../workbench/app/client-bundles';
import { typedInput } from '../../workbench/app/typed-input';

test('typing into a cell: formulas, numbers, booleans, forced text, clearing', () => {
  expect(typedInput('=DISTMODEL(A1:L29)')).toBe('=DISTMODEL(A1:L29)');
  expect(typedInput('2000000')).toBe(2000000);
  expect(typedInput('1,250.5')).toBe(1250.5);
  expect(typedInput('-0.5')).toBe(-0.5);
  expect(typedInput('true')).toBe(true);
  expect(typedInput("'123")).toBe('123');
  expect(typedInput('B2B')).toBe('B2B');
  expect(typedInput('  ')).toBe('');
});

test('the google.script shim goes first in the sidebar, before the add-on code', () => {
  const html =
    '<!DOCTYPE html><html><head><meta charset="utf-8"><script>app()</script></head><body></body></html>';
  const out = injectShim(html, 'SHIM');
  expect(out.indexOf('<script>SHIM</script>')).toBeLessThan(out.indexOf('app()'));
  expect(out.startsWith('<!DOCTYPE html>')).toBe(true);
  expect(injectShim('<!doctype html><p>hi</p>', 'S')).toBe('<!doctype html><script>S</script><p>hi</p>');
});
