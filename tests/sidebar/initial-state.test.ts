import { describe, expect, it } from 'vitest';
import { parseInitialState } from '../../sidebar/initial-state';
import { initialState } from './fake-server';

describe('the initial state embedded in the template', () => {
  it('parses the JSON the server embeds, with "<" escaped', () => {
    const state = initialState();
    const json = JSON.stringify(state).replace(/</g, '\\u003c');
    expect(parseInitialState(json)).toEqual(state);
  });

  it('returns null for an unevaluated scriptlet, empty text, bad JSON or the wrong shape', () => {
    for (const text of [
      '<?!= initialStateJson ?>',
      '',
      '   ',
      null,
      '{"presets":',
      '{"presets":[]}',
      '{"presets":[],"weights":{"grid":[],"version":1,"problems":[]},"activeRow":null,"closeCallMargin":5}',
    ]) {
      expect(parseInitialState(text)).toBeNull();
    }
  });
});
