// Ui.showModalDialog / showModelessDialog: the add-on's HTML in a sandboxed iframe of the size it asked
// for, over the grid (modal: with a backdrop that blocks the sheet).
import type { HtmlDialogView } from '../app/protocol';
import { htmlDialogUrl } from './api';
import { relayScriptCalls, type ScriptFrameHooks } from './script-frame';

export class HtmlDialogPanel {
  private shownId: number | null = null;

  constructor(
    private readonly els: {
      backdrop: HTMLElement;
      title: HTMLElement;
      frame: HTMLIFrameElement;
      closeButton: HTMLElement;
    },
    hooks: ScriptFrameHooks,
  ) {
    els.closeButton.addEventListener('click', () => hooks.close());
    relayScriptCalls(els.frame, hooks);
  }

  show(view: HtmlDialogView | null): void {
    const { backdrop, title, frame } = this.els;
    if (!view) {
      backdrop.hidden = true;
      frame.removeAttribute('src');
      this.shownId = null;
      return;
    }
    title.textContent = view.title;
    backdrop.classList.toggle('modeless', !view.modal);
    frame.style.width = `${view.width}px`;
    frame.style.height = `${view.height}px`;
    backdrop.hidden = false;
    if (this.shownId !== view.id) {
      this.shownId = view.id;
      frame.src = htmlDialogUrl(view.id);
    }
  }
}
