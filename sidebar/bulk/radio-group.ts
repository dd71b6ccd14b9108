// A labelled group of radio buttons with its current value: the Rows and Write choices of "Score products".
import { h, uid } from '../dom';

export interface RadioGroup<T extends string> {
  readonly el: HTMLFieldSetElement;
  value(): T;
}

export function radioGroup<T extends string>(
  legend: string,
  name: string,
  options: readonly (readonly [value: T, label: string])[],
  initial: T,
): RadioGroup<T> {
  const inputs = options.map(([value, label]) => {
    const id = uid(name);
    const input = h('input', { type: 'radio', name, id, value, checked: value === initial });
    return { value, el: h('div', { class: 'check' }, input, h('label', { for: id }, label)), input };
  });
  const el = h('fieldset', {}, h('legend', {}, legend), ...inputs.map((i) => i.el));
  return { el, value: () => inputs.find((i) => i.input.checked)?.value ?? initial };
}
