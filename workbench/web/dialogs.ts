// Ui.alert and Ui.prompt as modal dialogs. The script on the server is waiting for the answer, so every
// way of leaving the dialog answers it: a button, Enter (the first button), or Escape (CLOSE, as the X).
import type { ButtonName, DialogAnswer, DialogRequest } from '../app/protocol';

const LABELS: Record<ButtonName, string> = {
  OK: 'OK',
  CANCEL: 'Cancel',
  YES: 'Yes',
  NO: 'No',
  CLOSE: 'Close',
};

export class Dialogs {
  private current: DialogRequest | null = null;
  private readonly queue: DialogRequest[] = [];

  constructor(
    private readonly els: {
      backdrop: HTMLElement;
      title: HTMLElement;
      message: HTMLElement;
      input: HTMLInputElement;
      buttons: HTMLElement;
    },
    private readonly answer: (id: number, answer: DialogAnswer) => void,
  ) {
    els.backdrop.addEventListener('keydown', (e) => {
      if (!this.current) return;
      if (e.key === 'Escape') {
        e.preventDefault();
        this.finish('CLOSE');
      } else if (e.key === 'Enter' && e.target === els.input) {
        e.preventDefault();
        this.finish(this.current.buttons[0] ?? 'OK');
      }
    });
  }

  show(request: DialogRequest): void {
    if (this.current || this.queue.length) this.queue.push(request);
    else this.open(request);
  }

  /** The server gave up on a dialog (the script ended): drop it. */
  dismiss(id: number): void {
    if (this.current?.id === id) this.next();
    const i = this.queue.findIndex((d) => d.id === id);
    if (i >= 0) this.queue.splice(i, 1);
  }

  private open(request: DialogRequest): void {
    this.current = request;
    const { backdrop, title, message, input, buttons } = this.els;
    title.textContent = request.title || (request.kind === 'prompt' ? 'Prompt' : 'Message');
    message.textContent = request.message;
    input.hidden = request.kind !== 'prompt';
    input.value = '';
    buttons.replaceChildren(
      ...request.buttons.map((name, i) => {
        const b = document.createElement('button');
        b.type = 'button';
        b.textContent = LABELS[name];
        b.dataset.button = name;
        if (i === 0) b.className = 'primary';
        b.addEventListener('click', () => this.finish(name));
        return b;
      }),
    );
    backdrop.hidden = false;
    (request.kind === 'prompt' ? input : (buttons.firstElementChild as HTMLElement | null))?.focus();
  }

  private finish(button: ButtonName): void {
    const request = this.current;
    if (!request) return;
    this.answer(request.id, { button, text: request.kind === 'prompt' ? this.els.input.value : '' });
    this.next();
  }

  private next(): void {
    this.current = null;
    this.els.backdrop.hidden = true;
    const following = this.queue.shift();
    if (following) this.open(following);
  }
}
