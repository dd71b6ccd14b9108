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

describe('a renamed weights tab (issue #17)', () => {
  it('the poll that sees the new name says it at once, and unsaved edits stay', async () => {
    const { savedInText } = await import('../../sidebar/weights/weights-notes');
    const store = new Store(initialState());
    expect(savedInText(store.state.saved)).toBe("Saved in 'DistModel weights'");
    store.editDraft(withCell(store.state.draft, 2, 2, 3));
    const draft = store.state.draft;
    const changes: string[] = [];
    store.subscribe((change) => changes.push(change));
    store.noticeWeightsVersion(store.state.saved.version, 'Weights (tuned)');
    expect(savedInText(store.state.saved)).toBe("Saved in 'Weights (tuned)'");
    expect(changes).toEqual(['weights-renamed']);
    expect(store.state.draft).toBe(draft);
    store.noticeWeightsVersion(store.state.saved.version, 'Weights (tuned)');
    expect(changes).toEqual(['weights-renamed']);
  });
});
