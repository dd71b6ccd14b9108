// Unsaved weights live only in the sidebar's page: reloading or closing the tab would drop them silently.
// While the draft differs from what is saved, the browser asks before the page goes away. (Closing the
// sidebar with its own X removes the frame without asking: browsers give frames no say in that.)
import type { Store } from '../store';

export function guardUnsavedChanges(store: Store, target: Window = window): void {
  target.addEventListener('beforeunload', (event) => {
    if (!store.dirty) return;
    event.preventDefault();
    // Older Chromium shows the prompt only when returnValue is set.
    event.returnValue = '';
  });
}
