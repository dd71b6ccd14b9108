// Entry point: read the state the template embedded (or ask the server for it), then build the panels.
import { createApi } from './api';
import { bigQueryPanel } from './bigquery';
import { bulkPanel, summaryPanel } from './bulk';
import { h } from './dom';
import { fitPanel } from './fit';
import { loadInitialState } from './initial-state';
import { previewPanel, whatIfPanel } from './preview';
import { messageOf } from './status';
import { Store } from './store';
import { teamPanel } from './team';
import { guardUnsavedChanges, weightsPanel } from './weights';
import { setWords } from './words';

async function start(app: HTMLElement): Promise<void> {
  const api = createApi();
  try {
    const state = await loadInitialState(document, api);
    setWords(state);
    const store = new Store(state);
    guardUnsavedChanges(store);
    app.replaceChildren(
      previewPanel(store, api),
      whatIfPanel(store),
      weightsPanel(store, api),
      bulkPanel(store, api),
      summaryPanel(store, api),
      teamPanel(store, api),
      fitPanel(store, api),
      bigQueryPanel(api),
    );
    app.setAttribute('aria-busy', 'false');
  } catch (error) {
    app.replaceChildren(h('p', { class: 'status error', role: 'alert' }, messageOf(error)));
  }
}

const app = document.getElementById('app');
if (app) void start(app);
