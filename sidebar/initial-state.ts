// The first screen's data arrives inside the page: the server evaluates the template's
// `<?!= initialStateJson ?>` into a JSON script block, so opening the sidebar costs no round trip. When the
// page was served without evaluating the template, the block holds the scriptlet itself, which is not
// JSON, and the sidebar asks the server instead.
import type { InitialState } from '../src/shared/sidebar-contract';
import type { ClientApi } from './api';

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Checks the shape the sidebar relies on before trusting the embedded data. */
function isInitialState(value: unknown): value is InitialState {
  if (!isObject(value) || !Array.isArray(value.presets) || !isObject(value.weights)) return false;
  const { weights } = value;
  return (
    Array.isArray(weights.grid) &&
    typeof weights.version === 'string' &&
    Array.isArray(weights.problems) &&
    typeof value.closeCallMargin === 'number' &&
    (value.activeRow === null || isObject(value.activeRow))
  );
}

/** The state embedded in the page's JSON text, or null when it is missing, unevaluated or malformed. */
export function parseInitialState(text: string | null | undefined): InitialState | null {
  if (!text || text.trim() === '') return null;
  try {
    const value: unknown = JSON.parse(text);
    return isInitialState(value) ? value : null;
  } catch {
    return null;
  }
}

export async function loadInitialState(doc: Document, api: ClientApi): Promise<InitialState> {
  const embedded = parseInitialState(doc.getElementById('initial-state')?.textContent);
  return embedded ?? (await api.getInitialState());
}
