// Extensions > DistModel > Help: a dialog with a two-minute walk-through and a link to the full help page,
// in the user's language. Plain HTML and CSS (no script), every text escaped.
import { type Language, type MessageKey, translate } from '../i18n';
import { LINKS } from './links';

const STEPS: readonly MessageKey[] = [
  'help.step1',
  'help.step2',
  'help.step3',
  'help.step4',
  'help.step5',
  'help.step6',
];

/** Width and height of the dialog, px (showModalDialog's defaults are too small for the steps). */
export const HELP_DIALOG_SIZE = { width: 520, height: 600 } as const;

const ESCAPES: Readonly<Record<string, string>> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};

/** Text made safe for HTML content and attribute values. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ESCAPES[c] ?? c);
}

// Colours as the sidebar's (sidebar/style.css): text #202124 and secondary #5f6368 on white pass 4.5:1.
const STYLE = `
body { font: 14px/1.45 Arial, sans-serif; color: #202124; margin: 0; padding: 16px 20px; }
h1 { font-size: 18px; font-weight: 500; margin: 0 0 8px; }
ol { padding-left: 20px; margin: 12px 0; }
li { margin-bottom: 8px; }
.secondary { color: #5f6368; font-size: 13px; }
code { font-family: "Roboto Mono", monospace; font-size: 12px; background: #f1f3f4; padding: 1px 3px; }
a { color: #1a56c8; }
a:focus-visible, button:focus-visible { outline: 2px solid #1a56c8; outline-offset: 2px; }
button { font: inherit; margin-top: 8px; padding: 6px 16px; border: 1px solid #1a56c8; border-radius: 4px;
  background: #1a56c8; color: #fff; cursor: pointer; }`;

/** The dialog's HTML page in `language`. */
export function helpDialogHtml(language: Language, separator: ',' | ';' = ','): string {
  // The example formula is typed in the spreadsheet, so it takes the spreadsheet's argument separator.
  const t = (key: MessageKey) => escapeHtml(translate(language, key, { sep: separator }));
  const steps = STEPS.map((key) => `<li>${t(key)}</li>`).join('');
  return [
    `<!DOCTYPE html><html lang="${language}"><head><meta charset="utf-8"><base target="_blank">`,
    `<title>${t('help.title')}</title><style>${STYLE}</style></head><body><main>`,
    `<h1>${t('help.heading')}</h1><p>${t('help.intro')}</p><ol>${steps}</ol>`,
    `<p class="secondary">${t('help.formula')}</p><p class="secondary">${t('help.accounts')}</p>`,
    `<p>${t('help.more')} <a href="${escapeHtml(LINKS.help)}" rel="noopener">${t('help.link')}</a></p>`,
    // google.script.host.close() is the dialog's own way to close (HtmlService's client API).
    `<button type="button" onclick="google.script.host.close()">${t('help.close')}</button>`,
    '</main></body></html>',
  ].join('');
}
