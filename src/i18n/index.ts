// The words of DistModel in English, German, French, Spanish and Japanese: one catalogue per language,
// keyed by message id, used by the server (menus, dialogs, messages) and the sidebar alike.
export {
  DEFAULT_LANGUAGE,
  isLanguage,
  LANGUAGE_NAMES,
  LANGUAGES,
  type Language,
  languageOf,
} from '../shared/languages';
export type { Catalogue, MessageKey } from './catalogue/en';
export { en } from './catalogue/en';
export { formatNumber } from './numbers';
export { fillPlaceholders, type MessageParams, placeholders } from './placeholders';
export { CATALOGUES, translate } from './translate';
