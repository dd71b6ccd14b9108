// The sidebar's store: the draft is read by the engine once per draft, and every panel gets that one reading.
import { describe, expect, it } from 'vitest';
import { Store } from '../../sidebar/store';
import { withCell } from '../../sidebar/weights';
import { initialState } from './fake-server';

describe('the sidebar store', () => {
  it('reads the draft once per draft: the same reading until an edit replaces the grid', () => {
    const store = new Store(initialState());
    const first = store.draftTable;
    expect(first.scorer).not.toBeNull();
    expect(store.draftTable).toBe(first);
    store.editDraft(withCell(store.state.draft, 2, 3, 'two'));
    const broken = store.draftTable;
    expect(broken).not.toBe(first);
    expect(broken.scorer).toBeNull();
    expect(broken.problems.map((p) => [p.row, p.column])).toEqual([[2, 3]]);
    store.replaceDraft(store.state.saved.grid);
    expect(store.draftTable.problems).toEqual([]);
  });
});
