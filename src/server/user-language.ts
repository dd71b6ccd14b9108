// The language the user reads DistModel in: from Session.getActiveUserLocale() ("de", "pt_BR"), which needs
// no scope. Google does not say whether it answers in AuthMode.NONE or in a custom function
// (docs/live-checks.md, question 40-market2), so onOpen in AuthMode.NONE does not ask (the menu is English there,
// as before) and any failure reads as English: a word in the wrong language never stops an action.
import {
  DEFAULT_LANGUAGE,
  type Language,
  languageOf,
  type MessageKey,
  type MessageParams,
  translate,
} from '../i18n';

/** The user's language; English when Apps Script does not say. */
export function userLanguage(): Language {
  try {
    return languageOf(Session.getActiveUserLocale());
  } catch (err) {
    console.warn(err);
    return DEFAULT_LANGUAGE;
  }
}

/** A message in the user's language (asks Session each time: cheap, and never stale). */
export function words(key: MessageKey, params?: MessageParams, language: Language = userLanguage()): string {
  return translate(language, key, params);
}
