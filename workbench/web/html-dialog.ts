// Ui.showModalDialog / showModelessDialog: the add-on's HTML in a sandboxed iframe of the size it asked
// for, over the grid (modal: with a backdrop that blocks the sheet).
import type { HtmlDialogView } from '../app/protocol';
import { htmlDialogUrl } from './api';
import { ScriptFrame, type ScriptFrameHooks } from './script-frame';

interface HtmlDialogElements {
  readonly backdrop: HTMLElement;
  readonly title: HTMLElement;
  readonly frame: HTMLIFrameElement;
  readonly closeButton: HTMLElement;
}

export class HtmlDialogPanel {
  private readonly frame: ScriptFrame;

  constructor(
    private readonly els: HtmlDialogElements,
    hooks: ScriptFrameHooks,
  ) {
    this.frame = new ScriptFrame(els.frame, els.closeButton, hooks);
  }

  show(view: HtmlDialogView | null): void {
    const { backdrop, title, frame } = this.els;
    if (view) {
      title.textContent = view.title;
      backdrop.classList.toggle('modeless', !view.modal);
      frame.style.width = `${view.width}px`;
      frame.style.height = `${view.height}px`;
    }
    backdrop.hidden = view === null;
    this.frame.show(view?.id ?? null, htmlDialogUrl);
  }
}
