// The note listing DISTMODEL formulas that read other weights than the shared ones, so the sidebar and they
// never disagree unseen, with a button that points them all at the shared weights.
import type { WeightsState } from '../../src/shared/sidebar-contract';
import type { ClientApi } from '../api';
import { button, fill, h } from '../dom';
import { messageOf, type Status } from '../status';
import type { Store } from '../store';
import { num, t } from '../words';

export interface ForeignFormulas {
  readonly el: HTMLElement;
  /** Shows the formulas `saved` lists, or hides the note when there are none. */
  show(saved: WeightsState): void;
}

function countText(count: number): string {
  return count === 1 ? t('weights.foreignOne') : t('weights.foreignMany', { count: num(count) });
}

export function foreignFormulas(store: Store, api: ClientApi, status: Status): ForeignFormulas {
  const el = h('div', { class: 'foreign-formulas note', hidden: true, role: 'group' });

  function fixButton(): HTMLButtonElement {
    const fix = button(t('weights.useShared'), async () => {
      fix.disabled = true;
      status.show('info', t('weights.changingFormulas'));
      try {
        store.setSaved(await api.useSharedWeights(), true);
        status.show('success', t('weights.sharedNow'));
      } catch (error) {
        fix.disabled = false;
        status.show('error', messageOf(error));
      }
    });
    return fix;
  }

  function show(saved: WeightsState): void {
    const count = Number(saved.otherFormulaCount) || 0; // an older server sends none
    el.hidden = count === 0;
    if (count === 0) return;
    const more = count - saved.otherFormulas.length;
    fill(
      el,
      h('p', {}, countText(count)),
      h(
        'ul',
        {},
        ...saved.otherFormulas.map((f) =>
          h('li', {}, h('span', { class: 'cell-ref' }, f.cell), ` ${f.uses}`),
        ),
        more > 0 ? h('li', {}, t('weights.andMore', { count: num(more) })) : null,
      ),
      h('div', { class: 'actions' }, fixButton()),
    );
  }

  return { el, show };
}
