// Ui: menus, alerts, prompts, sidebars and dialogs, recorded in a UiLog for tests and the workbench.
// https://developers.google.com/apps-script/reference/base/ui
// Alerts block the script until the user answers; here the answer comes from respondWith() (tests) or
// a responder (the workbench), else the first button of the set.
import { GAS_CLASS, unwrap } from './calls';

type Ui = GoogleAppsScript.Base.Ui;
type Menu = GoogleAppsScript.Base.Menu;
type HtmlOutput = GoogleAppsScript.HTML.HtmlOutput;

export type ButtonName = 'CLOSE' | 'OK' | 'CANCEL' | 'YES' | 'NO';
export type ButtonSetName = 'OK' | 'OK_CANCEL' | 'YES_NO' | 'YES_NO_CANCEL';

export const Button: { readonly [K in ButtonName]: K } = Object.freeze({
  CLOSE: 'CLOSE',
  OK: 'OK',
  CANCEL: 'CANCEL',
  YES: 'YES',
  NO: 'NO',
});
export const ButtonSet: { readonly [K in ButtonSetName]: K } = Object.freeze({
  OK: 'OK',
  OK_CANCEL: 'OK_CANCEL',
  YES_NO: 'YES_NO',
  YES_NO_CANCEL: 'YES_NO_CANCEL',
});

export type MenuItem = { readonly label: string; readonly functionName: string } | 'separator' | MenuRecord;
export interface MenuRecord {
  readonly title: string;
  readonly addon: boolean;
  readonly items: MenuItem[];
}
export interface DialogRequest {
  readonly kind: 'alert' | 'prompt';
  readonly title: string;
  readonly prompt: string;
  readonly buttons: ButtonSetName;
}
export interface DialogAnswer {
  readonly button: ButtonName;
  readonly text?: string;
}

/** What the add-on did to the UI. */
export class UiLog {
  readonly menus: MenuRecord[] = [];
  readonly sidebars: { title: string; html: string; width: number }[] = [];
  readonly dialogs: { title: string; html: string; width: number; height: number; modal: boolean }[] = [];
  readonly alerts: (DialogRequest & { answer: DialogAnswer })[] = [];
  /** Spreadsheet.toast calls; timeoutSeconds as given (null/undefined: Sheets' 5 s; negative: until closed). */
  readonly toasts: { title: string; message: string; timeoutSeconds?: number | null }[] = [];
  private readonly queued: DialogAnswer[] = [];
  /** Answers dialogs when nothing is queued (the workbench asks its user). */
  responder: ((request: DialogRequest) => DialogAnswer) | undefined;

  /** Queues the answer to the next alert or prompt. */
  respondWith(button: ButtonName, text?: string): void {
    this.queued.push(text === undefined ? { button } : { button, text });
  }

  answer(request: DialogRequest): DialogAnswer {
    const answer = this.queued.shift() ??
      this.responder?.(request) ?? { button: firstButton(request.buttons), text: '' };
    this.alerts.push({ ...request, answer });
    return answer;
  }

  /** The add-on menu as the user sees it (the last one added), or undefined. */
  addonMenu(): MenuRecord | undefined {
    return this.menus.filter((m) => m.addon).at(-1);
  }
}

function firstButton(set: ButtonSetName): ButtonName {
  return set === 'YES_NO' || set === 'YES_NO_CANCEL' ? 'YES' : 'OK';
}

export class FakeMenu implements Pick<Menu, 'addItem' | 'addSeparator' | 'addSubMenu' | 'addToUi'> {
  readonly [GAS_CLASS] = 'Menu';
  readonly record: MenuRecord;
  constructor(
    private readonly log: UiLog,
    title: string,
    addon: boolean,
  ) {
    this.record = { title, addon, items: [] };
  }

  addItem(caption: string, functionName: string): Menu {
    this.record.items.push({ label: String(caption), functionName: String(functionName) });
    return this as unknown as Menu;
  }

  addSeparator(): Menu {
    this.record.items.push('separator');
    return this as unknown as Menu;
  }

  addSubMenu(menu: Menu): Menu {
    this.record.items.push((unwrap(menu) as unknown as FakeMenu).record);
    return this as unknown as Menu;
  }

  /** Adding a menu with the same title again replaces it, as a new onOpen does. */
  addToUi(): void {
    const i = this.log.menus.findIndex((m) => m.title === this.record.title && m.addon === this.record.addon);
    if (i >= 0) this.log.menus.splice(i, 1, this.record);
    else this.log.menus.push(this.record);
  }
}

class FakePromptResponse
  implements Pick<GoogleAppsScript.Base.PromptResponse, 'getResponseText' | 'getSelectedButton'>
{
  readonly [GAS_CLASS] = 'PromptResponse';
  constructor(private readonly answer: DialogAnswer) {}
  getResponseText(): string {
    return this.answer.text ?? '';
  }
  getSelectedButton(): GoogleAppsScript.Base.Button {
    return this.answer.button as unknown as GoogleAppsScript.Base.Button;
  }
}

export class FakeUi
  implements
    Pick<
      Ui,
      | 'createAddonMenu'
      | 'createMenu'
      | 'alert'
      | 'prompt'
      | 'showSidebar'
      | 'showModalDialog'
      | 'showModelessDialog'
      | 'Button'
      | 'ButtonSet'
    >
{
  readonly [GAS_CLASS] = 'Ui';
  readonly Button = Button as unknown as typeof GoogleAppsScript.Base.Button;
  readonly ButtonSet = ButtonSet as unknown as typeof GoogleAppsScript.Base.ButtonSet;
  constructor(
    private readonly log: UiLog,
    private readonly addonName: string,
  ) {}

  createAddonMenu(): Menu {
    return new FakeMenu(this.log, this.addonName, true) as unknown as Menu;
  }

  createMenu(caption: string): Menu {
    return new FakeMenu(this.log, String(caption), false) as unknown as Menu;
  }

  /** alert(prompt), alert(prompt, buttons) or alert(title, prompt, buttons), as in Apps Script. */
  alert(
    a: string,
    b?: string | GoogleAppsScript.Base.ButtonSet,
    c?: GoogleAppsScript.Base.ButtonSet,
  ): GoogleAppsScript.Base.Button {
    const [title, prompt, buttons] = dialogArgs(a, b, c);
    return this.log.answer({ kind: 'alert', title, prompt, buttons })
      .button as unknown as GoogleAppsScript.Base.Button;
  }

  prompt(
    a: string,
    b?: string | GoogleAppsScript.Base.ButtonSet,
    c?: GoogleAppsScript.Base.ButtonSet,
  ): GoogleAppsScript.Base.PromptResponse {
    const [title, prompt, buttons] = dialogArgs(a, b, c);
    const answer = this.log.answer({ kind: 'prompt', title, prompt, buttons });
    return new FakePromptResponse(answer) as unknown as GoogleAppsScript.Base.PromptResponse;
  }

  showSidebar(userInterface: HtmlOutput): void {
    const out = unwrap(userInterface);
    this.log.sidebars.push({ title: out.getTitle(), html: out.getContent(), width: 300 });
  }

  showModalDialog(userInterface: HtmlOutput, title: string): void {
    this.dialog(userInterface, title, true);
  }

  showModelessDialog(userInterface: HtmlOutput, title: string): void {
    this.dialog(userInterface, title, false);
  }

  private dialog(userInterface: HtmlOutput, title: string, modal: boolean): void {
    const out = unwrap(userInterface);
    this.log.dialogs.push({
      title: String(title),
      html: out.getContent(),
      width: out.getWidth(),
      height: out.getHeight(),
      modal,
    });
  }
}

function dialogArgs(
  a: string,
  b: unknown,
  c: unknown,
): [title: string, prompt: string, buttons: ButtonSetName] {
  if (c !== undefined) return [String(a), String(b), c as ButtonSetName];
  if (typeof b === 'string' && b in ButtonSet) return ['', String(a), b as ButtonSetName];
  if (b !== undefined) return [String(a), String(b), 'OK'];
  return ['', String(a), 'OK'];
}
