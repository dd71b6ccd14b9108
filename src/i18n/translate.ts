// Message id + language -> words, with the run-time values put into their {name} placeholders. The server
// holds every catalogue; the sidebar bundles English only and gets the user's catalogue in its initial
// state (sidebar/words.ts), so its page stays small.
import type { Language } from '../shared/languages';
import { de } from './catalogue/de';
import { type Catalogue, en, type MessageKey } from './catalogue/en';
import { es } from './catalogue/es';
import { fr } from './catalogue/fr';
import { ja } from './catalogue/ja';
import { fillPlaceholders, type MessageParams } from './placeholders';

export const CATALOGUES: { readonly [L in Language]: Catalogue } = { en, de, fr, es, ja };

/** The message `key` in `language`, its placeholders filled from `params`; English for a missing word. */
export function translate(language: Language, key: MessageKey, params: MessageParams = {}): string {
  return fillPlaceholders(CATALOGUES[language][key] ?? en[key], params);
}
