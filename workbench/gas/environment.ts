// An execution environment: one user running the add-on's scripts on one document. Forks share the
// document (workbook, document and script properties, locks, protections, charts) and have their own
// user properties, UI log, selection, call counter and AuthMode, so two users or two executions can be
// simulated on the same file.
import { performance } from 'node:perf_hooks';
import vm from 'node:vm';
import { DIST_DIR } from '../vm';
import { ChartType } from './builders';
import { type CallContext, type CallCounter, Calls, instrument } from './calls';
import { FakeHtmlService, type TemplateCompiler } from './html';
import { EXECUTION_LIMIT_MS, LIMIT_MESSAGES } from './limits';
import { FakeLockService, LockTable } from './lock';
import { FakeLogger, FakeScriptApp, FakeSession, FakeUtilities } from './misc-services';
import { FakePropertiesService, PropertyStore } from './properties';
import { DocumentRecords, type UserSession } from './records';
import { FakeSpreadsheetApp, sheetsContext } from './spreadsheet';
import type { AuthModeName } from './types';
import { FakeUi, UiLog } from './ui';
import { Workbook } from './workbook';

export interface EnvironmentOptions {
  readonly workbook?: Workbook;
  readonly authMode?: AuthModeName;
  /** The user's e-mail (Session.getActiveUser().getEmail()). */
  readonly user?: string;
  /** The user's language setting (Session.getActiveUserLocale()), e.g. "de"; "en" unless told. */
  readonly userLocale?: string;
  /** Where HtmlService reads <name>.html from. Default: dist/. */
  readonly htmlDir?: string;
  /** Title of the add-on menu (Sheets shows the add-on's name). Default: DistModel. */
  readonly addonName?: string;
  /** Time one execution may run, ms; Apps Script's 6 minutes unless a test needs less. */
  readonly executionLimitMs?: number;
}

/** The Apps Script globals to hand to loadBundle (workbench/vm.ts). */
export interface GasServices {
  readonly SpreadsheetApp: GoogleAppsScript.Spreadsheet.SpreadsheetApp;
  readonly PropertiesService: GoogleAppsScript.Properties.PropertiesService;
  readonly LockService: GoogleAppsScript.Lock.LockService;
  readonly HtmlService: GoogleAppsScript.HTML.HtmlService;
  readonly Utilities: GoogleAppsScript.Utilities.Utilities;
  readonly Session: GoogleAppsScript.Base.Session;
  readonly Logger: GoogleAppsScript.Base.Logger;
  readonly ScriptApp: GoogleAppsScript.Script.ScriptApp;
  readonly Charts: { readonly ChartType: typeof GoogleAppsScript.Charts.ChartType };
}

/** What every user and execution of one document shares. */
export class DocumentState {
  readonly records = new DocumentRecords();
  readonly documentProperties = new PropertyStore();
  readonly scriptProperties = new PropertyStore();
  readonly userProperties = new Map<string, PropertyStore>();
  /** Each user's language setting, as Session.getActiveUserLocale() returns it; "en" when not set. */
  readonly userLocales = new Map<string, string>();
  readonly locks = { document: new LockTable(), script: new LockTable() };
  private nextExecution = 1;

  constructor(
    readonly workbook: Workbook,
    readonly htmlDir: string,
    readonly addonName: string,
  ) {}

  userStore(user: string): PropertyStore {
    let store = this.userProperties.get(user);
    if (!store) {
      store = new PropertyStore();
      this.userProperties.set(user, store);
    }
    return store;
  }

  newExecutionId(): number {
    return this.nextExecution++;
  }
}

/** Spreadsheet methods that change the document: Apps Script may hold them back until a flush. */
const WRITING_CLASSES = new Set(['Spreadsheet', 'Sheet', 'Range', 'RangeList']);
function isSpreadsheetWrite(className: string, method: string): boolean {
  return (
    WRITING_CLASSES.has(className) &&
    /^(set|clear|insert|delete|remove|append|protect|add)/.test(method) &&
    !/^setActive/.test(method)
  );
}

export class Environment {
  readonly calls: CallCounter & Calls = new Calls();
  /** Spreadsheet writes since the last SpreadsheetApp.flush() or the start of the execution. */
  pendingWrites = 0;
  /** When the current execution started (performance.now()), or undefined between executions. */
  private executionStarted: number | undefined;
  readonly ui = new UiLog();
  /** Lines written with Logger.log. */
  readonly log: string[] = [];
  readonly session: UserSession = { activeSheet: undefined, activeRange: undefined };
  readonly services: GasServices;
  readonly executionId: number;
  authMode: AuthModeName;
  private script: vm.Context | undefined;

  constructor(
    readonly document: DocumentState,
    readonly user: string,
    authMode: AuthModeName,
    readonly executionLimitMs = EXECUTION_LIMIT_MS,
  ) {
    this.authMode = authMode;
    this.executionId = document.newExecutionId();
    this.services = this.buildServices();
  }

  get workbook(): Workbook {
    return this.document.workbook;
  }

  /** Selects a range for this user, as clicking in the grid does ("B2:C5", "'My sheet'!A1"). */
  setActiveRange(a1: string): void {
    const grid = this.workbook.resolve(a1, this.session.activeSheet ?? this.workbook.sheetNames()[0]);
    this.session.activeSheet = grid.sheet;
    this.session.activeRange = grid;
  }

  /** Selects several ranges of one sheet, as Ctrl-clicking does; the last is the active range. */
  setActiveRanges(a1s: readonly string[]): void {
    const grids = a1s.map((a1) => this.workbook.resolve(a1, this.session.activeSheet));
    const last = grids.at(-1);
    if (!last || grids.some((g) => g.sheet !== last.sheet)) throw new Error('Select ranges of one sheet.');
    this.session.activeSheet = last.sheet;
    this.session.activeRange = last;
    this.session.activeRanges = grids;
  }

  setActiveSheet(name: string): void {
    this.workbook.sheetId(name);
    this.session.activeSheet = name;
    this.session.activeRange = undefined;
  }

  /** Another execution on the same document: the same user by default, or another one. */
  fork(options: { user?: string; authMode?: AuthModeName } = {}): Environment {
    return new Environment(
      this.document,
      options.user ?? this.user,
      options.authMode ?? this.authMode,
      this.executionLimitMs,
    );
  }

  /** Starts an execution (a menu click, a google.script.run call): its clock starts. */
  beginExecution(): void {
    this.executionStarted = performance.now();
  }

  /**
   * Throws Apps Script's error once the execution has run past its limit. Called before every service
   * call (Apps Script stops a script wherever it is; the stand-in can only stop it at its next call) and
   * when the script returns.
   */
  checkExecutionTime(): void {
    if (this.executionStarted === undefined) return;
    if (performance.now() - this.executionStarted > this.executionLimitMs) {
      this.executionStarted = undefined;
      throw new Error(LIMIT_MESSAGES.timeout);
    }
  }

  /** Ends the current execution: Apps Script applies its writes and releases the locks it still holds. */
  endExecution(): void {
    this.executionStarted = undefined;
    this.pendingWrites = 0;
    this.document.locks.document.releaseAll(this.executionId);
    this.document.locks.script.releaseAll(this.executionId);
  }

  /** Ties the services to a loaded script: Dates it receives are its own realm's, templates see its globals. */
  attachScript(context: vm.Context): void {
    this.script = context;
  }

  private buildServices(): GasServices {
    const env = this;
    const ctx: CallContext = {
      calls: this.calls,
      beforeCall: (className, method) => {
        this.checkExecutionTime();
        if (isSpreadsheetWrite(className, method)) this.pendingWrites++;
      },
      get authMode() {
        return env.authMode;
      },
      toScript: (value) => this.toScript(value),
    };
    const doc = this.document;
    const ui = new FakeUi(this.ui, doc.addonName);
    let spreadsheetApp: FakeSpreadsheetApp | undefined;
    const sheets = sheetsContext({
      workbook: doc.workbook,
      records: doc.records,
      session: this.session,
      user: this.user,
      spreadsheet: () => (spreadsheetApp as FakeSpreadsheetApp).getActiveSpreadsheet(),
    });
    spreadsheetApp = new FakeSpreadsheetApp(sheets, ui, this.ui.toasts, () => {
      this.pendingWrites = 0;
    });
    const services = {
      SpreadsheetApp: spreadsheetApp,
      PropertiesService: new FakePropertiesService({
        document: doc.documentProperties,
        user: doc.userStore(this.user),
        script: doc.scriptProperties,
      }),
      LockService: new FakeLockService(doc.locks, this.executionId, this.user, () => this.pendingWrites),
      HtmlService: new FakeHtmlService(doc.htmlDir, this.compileTemplate),
      Utilities: new FakeUtilities(),
      Session: new FakeSession(
        () => (this.authMode === 'CUSTOM_FUNCTION' ? '' : this.user),
        () => doc.userLocales.get(this.user) ?? 'en',
      ),
      Logger: new FakeLogger(this.log),
      ScriptApp: new FakeScriptApp(),
    };
    const cache = new WeakMap<object, object>();
    const wrapped = Object.fromEntries(
      Object.entries(services).map(([k, v]) => [k, instrument(v, ctx, cache)]),
    );
    return { ...wrapped, Charts: { ChartType } } as unknown as GasServices;
  }

  /** Template code runs in the script's realm when one is attached, so it can call the script's functions. */
  private readonly compileTemplate: TemplateCompiler = (params, body) => {
    const source = `(function (${params.join(', ')}) {\n${body}\n})`;
    if (this.script) return vm.runInContext(source, this.script) as (...args: unknown[]) => unknown;
    return vm.runInNewContext(source) as (...args: unknown[]) => unknown;
  };

  /** Dates handed to the script become Dates of its realm; arrays are converted in place. */
  private toScript(value: unknown): unknown {
    const script = this.script;
    if (!script) return value;
    // Built-ins are not properties of a vm context object; ask the realm itself for its Date.
    const ScriptDate = vm.runInContext('Date', script) as DateConstructor;
    const convert = (v: unknown): unknown => {
      if (Array.isArray(v)) {
        for (let i = 0; i < v.length; i++) {
          const item = v[i];
          if (item instanceof Date || Array.isArray(item)) v[i] = convert(item);
        }
        return v;
      }
      return v instanceof Date ? new ScriptDate(v.getTime()) : v;
    };
    return convert(value);
  }
}

export function createEnvironment(options: EnvironmentOptions = {}): Environment {
  const doc = new DocumentState(
    options.workbook ?? new Workbook({ sheets: { Sheet1: [] } }),
    options.htmlDir ?? DIST_DIR,
    options.addonName ?? 'DistModel',
  );
  const user = options.user ?? 'user@example.com';
  if (options.userLocale) doc.userLocales.set(user, options.userLocale);
  return new Environment(doc, user, options.authMode ?? 'FULL', options.executionLimitMs);
}
