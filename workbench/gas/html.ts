// HtmlService: HTML outputs and templates with Apps Script's scriptlets.
// https://developers.google.com/apps-script/guides/html/templates
//   <?= expr ?>  prints with escaping; <?!= expr ?> prints raw; <? code ?> runs code.
//   Properties set on the template object are variables inside it.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { GAS_CLASS } from './calls';

type HtmlOutput = GoogleAppsScript.HTML.HtmlOutput;
type HtmlTemplate = GoogleAppsScript.HTML.HtmlTemplate;

/** Compiles template code into a function of (vars, print, printRaw); the script's realm if given. */
export type TemplateCompiler = (params: string[], body: string) => (...args: unknown[]) => unknown;

export class FakeHtmlOutput
  implements
    Pick<
      HtmlOutput,
      | 'getContent'
      | 'setContent'
      | 'append'
      | 'appendUntrusted'
      | 'getTitle'
      | 'setTitle'
      | 'getWidth'
      | 'setWidth'
      | 'getHeight'
      | 'setHeight'
      | 'setSandboxMode'
      | 'setXFrameOptionsMode'
      | 'addMetaTag'
      | 'setFaviconUrl'
    >
{
  readonly [GAS_CLASS] = 'HtmlOutput';
  private title = '';
  private width = 300;
  private height = 500;
  constructor(private content = '') {}

  getContent(): string {
    return this.content;
  }
  setContent(content: string): HtmlOutput {
    this.content = String(content);
    return this.self();
  }
  append(addedContent: string): HtmlOutput {
    this.content += String(addedContent);
    return this.self();
  }
  appendUntrusted(addedContent: string): HtmlOutput {
    this.content += escapeHtml(String(addedContent));
    return this.self();
  }
  getTitle(): string {
    return this.title;
  }
  setTitle(title: string): HtmlOutput {
    this.title = String(title);
    return this.self();
  }
  getWidth(): number {
    return this.width;
  }
  setWidth(width: number): HtmlOutput {
    this.width = width;
    return this.self();
  }
  getHeight(): number {
    return this.height;
  }
  setHeight(height: number): HtmlOutput {
    this.height = height;
    return this.self();
  }
  setSandboxMode(_mode: GoogleAppsScript.HTML.SandboxMode): HtmlOutput {
    return this.self();
  }
  setXFrameOptionsMode(_mode: GoogleAppsScript.HTML.XFrameOptionsMode): HtmlOutput {
    return this.self();
  }
  addMetaTag(_name: string, _content: string): HtmlOutput {
    return this.self();
  }
  setFaviconUrl(_iconUrl: string): HtmlOutput {
    return this.self();
  }
  private self(): HtmlOutput {
    return this as unknown as HtmlOutput;
  }
}

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (ch) => `&#${ch.charCodeAt(0)};`);
}

/** Turns template text into JS that calls print/printRaw; text outside scriptlets is printed raw. */
function templateToCode(source: string): string {
  const parts: string[] = [];
  const re = /<\?(!=|=)?([\s\S]*?)\?>/g;
  let last = 0;
  for (let m = re.exec(source); m !== null; m = re.exec(source)) {
    parts.push(`__printRaw(${JSON.stringify(source.slice(last, m.index))});`);
    const code = m[2] ?? '';
    if (m[1] === '=') parts.push(`__print(${code});`);
    else if (m[1] === '!=') parts.push(`__printRaw(${code});`);
    else parts.push(`${code}\n`);
    last = m.index + m[0].length;
  }
  parts.push(`__printRaw(${JSON.stringify(source.slice(last))});`);
  return parts.join('\n');
}

function printable(value: unknown): string {
  return value === undefined || value === null ? '' : String(value);
}

export class FakeHtmlTemplate implements Pick<HtmlTemplate, 'evaluate' | 'getCode' | 'getRawContent'> {
  readonly [GAS_CLASS] = 'HtmlTemplate';
  [variable: string]: unknown;
  constructor(
    private readonly source: string,
    private readonly compile: TemplateCompiler,
  ) {}

  getRawContent(): string {
    return this.source;
  }

  getCode(): string {
    return templateToCode(this.source);
  }

  evaluate(): HtmlOutput {
    let out = '';
    const vars: Record<string, unknown> = {};
    for (const key of Object.keys(this)) {
      if (key !== 'source' && key !== 'compile') vars[key] = this[key];
    }
    const print = (v: unknown) => {
      out += escapeHtml(printable(v));
    };
    const printRaw = (v: unknown) => {
      out += printable(v);
    };
    // Template properties are variables: bind them as the function's parameters.
    const names = Object.keys(vars).filter((k) => /^[A-Za-z_$][\w$]*$/.test(k));
    const fn = this.compile(['__print', '__printRaw', ...names], this.getCode());
    fn(print, printRaw, ...names.map((n) => vars[n]));
    return new FakeHtmlOutput(out) as unknown as HtmlOutput;
  }
}

export class FakeHtmlService
  implements
    Pick<
      GoogleAppsScript.HTML.HtmlService,
      | 'createHtmlOutput'
      | 'createHtmlOutputFromFile'
      | 'createTemplate'
      | 'createTemplateFromFile'
      | 'SandboxMode'
      | 'XFrameOptionsMode'
    >
{
  readonly [GAS_CLASS] = 'HtmlService';
  readonly SandboxMode = { EMULATED: 'EMULATED', IFRAME: 'IFRAME', NATIVE: 'NATIVE' } as never;
  readonly XFrameOptionsMode = { ALLOWALL: 'ALLOWALL', DEFAULT: 'DEFAULT' } as never;
  constructor(
    private readonly htmlDir: string,
    private readonly compile: TemplateCompiler,
  ) {}

  createHtmlOutput(html?: string | GoogleAppsScript.Base.BlobSource): HtmlOutput {
    return new FakeHtmlOutput(typeof html === 'string' ? html : '') as unknown as HtmlOutput;
  }

  createHtmlOutputFromFile(filename: string): HtmlOutput {
    return new FakeHtmlOutput(this.read(filename)) as unknown as HtmlOutput;
  }

  createTemplate(html: string | GoogleAppsScript.Base.BlobSource): HtmlTemplate {
    return new FakeHtmlTemplate(
      typeof html === 'string' ? html : '',
      this.compile,
    ) as unknown as HtmlTemplate;
  }

  createTemplateFromFile(filename: string): HtmlTemplate {
    return new FakeHtmlTemplate(this.read(filename), this.compile) as unknown as HtmlTemplate;
  }

  /** Apps Script files are named without extension; "Sidebar" and "Sidebar.html" both find Sidebar.html. */
  private read(filename: string): string {
    const base = String(filename).replace(/\.html$/, '');
    try {
      return readFileSync(path.join(this.htmlDir, `${base}.html`), 'utf8');
    } catch {
      throw new Error(`No HTML file named ${base} was found.`);
    }
  }
}
