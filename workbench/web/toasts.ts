// Spreadsheet.toast as Sheets shows it: one toast at a time in the lower right corner, for its timeout
// (Sheets' default 5 s; a negative timeout keeps it until closed), with a close button. It is its own
// element: the status line below the menus never hides it.
export class Toasts {
  private timer: number | undefined;

  constructor(private readonly slot: HTMLElement) {}

  show(title: string, message: string, timeoutSeconds: number): void {
    const doc = this.slot.ownerDocument;
    const close = doc.createElement('button');
    close.type = 'button';
    close.className = 'icon-button';
    close.setAttribute('aria-label', 'Close');
    close.textContent = '\u2715';
    close.addEventListener('click', () => this.hide());
    const body = doc.createElement('div');
    if (title)
      body.append(
        Object.assign(doc.createElement('strong'), { className: 'toast-title', textContent: title }),
      );
    body.append(
      Object.assign(doc.createElement('div'), { className: 'toast-message', textContent: message }),
    );
    this.slot.replaceChildren(body, close);
    this.slot.hidden = false;
    window.clearTimeout(this.timer);
    if (timeoutSeconds > 0) this.timer = window.setTimeout(() => this.hide(), timeoutSeconds * 1000);
  }

  hide(): void {
    window.clearTimeout(this.timer);
    this.slot.hidden = true;
  }
}
