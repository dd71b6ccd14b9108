// Every test starts with the sidebar's words in English, as the server sends them to an English user: the
// sidebar carries no catalogue of its own (sidebar/words.ts), and tests of its texts read English.

import { setWords } from '../../sidebar/words';
import { en } from '../../src/i18n';

setWords({ language: 'en', words: en, locale: 'en_US' });
