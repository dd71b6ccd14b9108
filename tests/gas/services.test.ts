// Contract: PropertiesService, LockService, HtmlService, Ui, AuthMode refusals and call counting.
// The Apps Script pages each block follows:
// https://developers.google.com/apps-script/guides/services/quotas (Properties: 9 KB / value, 500 KB / store)
// https://developers.google.com/apps-script/guides/properties (document store shared by all users of the file)
// https://developers.google.com/apps-script/reference/lock/lock (tryLock, waitLock, hasLock; released at exit)
// https://developers.google.com/apps-script/guides/html/templates (scriptlets)
// https://developers.google.com/apps-script/reference/script/auth-mode (NONE: no service needing authorization)
// https://developers.google.com/apps-script/add-ons/lifecycle (onOpen: NONE unless enabled in the file, then LIMITED)
// https://developers.google.com/apps-script/add-ons/concepts/menus (menus build in every mode; no Properties in NONE)
import { describe, expect, it } from 'vitest';
import {
  createEnvironment,
  loadAddon,
  openSpreadsheet,
  STORE_LIMIT_BYTES,
  VALUE_LIMIT_BYTES,
  Workbook,
} from '../../workbench/gas';

describe('PropertiesService (guides/services/quotas: 9 KB per value, 500 KB per store)', () => {
  it('document properties are one store shared by every user of the file; user properties are not', () => {
    const ann = createEnvironment({ user: 'ann@example.com' });
    const bob = ann.fork({ user: 'bob@example.com' });
    ann.services.PropertiesService.getDocumentProperties().setProperty('weights', 'v1');
    ann.services.PropertiesService.getUserProperties().setProperty('seen', 'yes');
    expect(bob.services.PropertiesService.getDocumentProperties().getProperty('weights')).toBe('v1');
    expect(bob.services.PropertiesService.getUserProperties().getProperty('seen')).toBeNull();
  });

  it('refuses a value over 9 KB and a store over 500 KB, keeping what was there', () => {
    const props = createEnvironment().services.PropertiesService.getScriptProperties();
    props.setProperty('ok', 'x'.repeat(VALUE_LIMIT_BYTES - 1));
    expect(() => props.setProperty('big', 'x'.repeat(VALUE_LIMIT_BYTES + 1))).toThrow(
      'Argument too large: value',
    );
    const chunk = 'y'.repeat(VALUE_LIMIT_BYTES - 10);
    let i = 0;
    expect(() => {
      for (; i < STORE_LIMIT_BYTES / chunk.length + 2; i++) props.setProperty(`k${i}`, chunk);
    }).toThrow('You have exceeded the property storage quota. Please remove some properties and try again.');
    expect(props.getProperty(`k${i}`)).toBeNull();
    expect(props.getProperty('ok')).toHaveLength(VALUE_LIMIT_BYTES - 1);
  });

  it('setProperties, getProperties, deleteProperty and deleteAllProperties', () => {
    const props = createEnvironment().services.PropertiesService.getUserProperties();
    props.setProperties({ a: '1', b: '2' });
    props.setProperties({ c: '3' }, true);
    expect(props.getProperties()).toEqual({ c: '3' });
    props.deleteProperty('c');
    props.setProperty('d', '4').deleteAllProperties();
    expect(props.getKeys()).toEqual([]);
  });
});

describe('LockService (reference/lock/lock)', () => {
  it('a document lock held by one execution: tryLock is false and waitLock throws for another', () => {
    const first = createEnvironment();
    const second = first.fork({ user: 'bob@example.com' });
    const lock = first.services.LockService.getDocumentLock();
    expect(lock.hasLock()).toBe(false);
    expect(lock.tryLock(1000)).toBe(true);
    expect(lock.hasLock()).toBe(true);
    const other = second.services.LockService.getDocumentLock();
    expect(other.tryLock(1000)).toBe(false);
    expect(() => other.waitLock(1000)).toThrow(
      'Lock timeout: another process was holding the lock for too long.',
    );
    lock.releaseLock();
    expect(other.tryLock(0)).toBe(true);
  });

  it('user locks exclude executions of the same user only', () => {
    const ann = createEnvironment({ user: 'ann@example.com' });
    expect(ann.services.LockService.getUserLock().tryLock(0)).toBe(true);
    expect(ann.fork({ user: 'bob@example.com' }).services.LockService.getUserLock().tryLock(0)).toBe(true);
    expect(ann.fork().services.LockService.getUserLock().tryLock(0)).toBe(false);
  });

  it('an execution that ends releases its locks', () => {
    const env = createEnvironment();
    env.services.LockService.getScriptLock().waitLock(10);
    env.endExecution();
    expect(env.fork().services.LockService.getScriptLock().tryLock(0)).toBe(true);
  });
});

describe('HtmlService templates (guides/html/templates)', () => {
  const html = () => createEnvironment().services.HtmlService;

  it('<?= ?> escapes, <?!= ?> prints raw, <? ?> runs code, template properties are variables', () => {
    const t = html().createTemplate(
      '<p><?= name ?></p><?!= raw ?><? for (var i = 0; i < n; i++) { ?>*<? } ?>',
    );
    Object.assign(t, { name: '<img src=x onerror=alert(1)>', raw: '<b>ok</b>', n: 3 });
    expect(t.evaluate().getContent()).toBe('<p>&#60;img src=x onerror=alert(1)&#62;</p><b>ok</b>***');
  });

  it('createHtmlOutputFromFile reads dist/<name>.html; setTitle and setWidth chain', () => {
    const out = html().createHtmlOutputFromFile('Sidebar').setTitle('DistModel').setWidth(300);
    expect(out.getContent()).toContain('<');
    expect([out.getTitle(), out.getWidth()]).toEqual(['DistModel', 300]);
    expect(() => html().createHtmlOutputFromFile('Nope')).toThrow('No HTML file named Nope was found.');
  });

  it("template code sees the loaded script's functions (the usual include() helper)", () => {
    const env = createEnvironment();
    loadAddon(env, { code: 'function include(n) { return "[" + n + "]"; }' });
    const t = env.services.HtmlService.createTemplate('<?!= include("x") ?>');
    expect(t.evaluate().getContent()).toBe('[x]');
  });
});

describe('Ui (reference/base/ui)', () => {
  it('alert and prompt return scripted answers and are logged', () => {
    const env = createEnvironment();
    const ui = env.services.SpreadsheetApp.getUi();
    env.ui.respondWith('NO');
    expect(ui.alert('Replace?', 'Sheet exists', ui.ButtonSet.YES_NO)).toBe(ui.Button.NO);
    env.ui.respondWith('OK', 'My sheet');
    const response = ui.prompt('Name', ui.ButtonSet.OK_CANCEL);
    expect([response.getSelectedButton(), response.getResponseText()]).toEqual(['OK', 'My sheet']);
    expect(env.ui.alerts.map((a) => [a.kind, a.title, a.prompt])).toEqual([
      ['alert', 'Replace?', 'Sheet exists'],
      ['prompt', '', 'Name'],
    ]);
  });
});

describe('AuthMode (workspace/add-ons/concepts/editor-auth-lifecycle)', () => {
  it('onOpen in NONE (not enabled in the file) builds the add-on menu', () => {
    const env = createEnvironment();
    const addon = loadAddon(env);
    openSpreadsheet(addon, { enabled: false });
    expect(env.ui.addonMenu()?.items.length).toBeGreaterThan(0);
    expect(env.authMode).toBe('FULL');
  });

  it('onOpen receives e.authMode: ScriptApp.AuthMode.NONE before the add-on is enabled, LIMITED after', () => {
    const env = createEnvironment();
    const code =
      'var modes = []; function onOpen(e) { modes.push(String(e.authMode) + ":" + (e.authMode === ScriptApp.AuthMode.LIMITED)); }' +
      ' function seen() { return modes; }';
    const addon = loadAddon(env, { code });
    openSpreadsheet(addon, { enabled: false });
    openSpreadsheet(addon, { enabled: true });
    expect(addon.call('seen')).toEqual(['NONE:false', 'LIMITED:true']);
  });

  it('NONE refuses the spreadsheet and properties but allows building menus', () => {
    const env = createEnvironment({ authMode: 'NONE' });
    const { SpreadsheetApp, PropertiesService } = env.services;
    expect(() => SpreadsheetApp.getActiveSpreadsheet()).toThrow(
      'You do not have permission to call SpreadsheetApp.getActiveSpreadsheet.',
    );
    expect(() => PropertiesService.getDocumentProperties()).toThrow('You do not have permission');
    SpreadsheetApp.getUi().createAddonMenu().addItem('Open', 'openSidebar').addToUi();
    expect(env.ui.menus).toHaveLength(1);
  });

  it('an onOpen that reads the spreadsheet fails in NONE and works in LIMITED', () => {
    const env = createEnvironment({ workbook: new Workbook({ sheets: { S: [['x']] } }) });
    const code =
      'function onOpen(e) { SpreadsheetApp.getActiveSpreadsheet().getSheets(); SpreadsheetApp.getUi().createAddonMenu().addItem("A", "a").addToUi(); }';
    const addon = loadAddon(env, { code });
    expect(() => openSpreadsheet(addon, { enabled: false })).toThrow('You do not have permission');
    openSpreadsheet(addon, { enabled: true });
    expect(env.ui.menus).toHaveLength(1);
  });

  it('LIMITED cannot open a sidebar or an alert; FULL can', () => {
    const env = createEnvironment({ authMode: 'LIMITED' });
    const ui = env.services.SpreadsheetApp.getUi();
    const out = env.services.HtmlService.createHtmlOutput('<p>x</p>');
    expect(() => ui.showSidebar(out)).toThrow('You do not have permission to call Ui.showSidebar.');
    expect(() => ui.alert('x')).toThrow('You do not have permission');
    env.authMode = 'FULL';
    ui.showSidebar(out);
    expect(env.ui.sidebars).toHaveLength(1);
  });

  it('CUSTOM_FUNCTION: getters work, setters and the UI are refused', () => {
    const env = createEnvironment({
      authMode: 'CUSTOM_FUNCTION',
      workbook: new Workbook({ sheets: { S: [[5]] } }),
    });
    const range = env.services.SpreadsheetApp.getActiveSpreadsheet().getRange('S!A1');
    expect(range.getValue()).toBe(5);
    expect(() => range.setValue(6)).toThrow('You do not have permission to call setValue');
    expect(() => env.services.SpreadsheetApp.getUi()).toThrow(
      'Cannot call SpreadsheetApp.getUi() from this context.',
    );
    expect(() => env.services.PropertiesService.getDocumentProperties().setProperty('a', 'b')).toThrow(
      'You do not have permission',
    );
  });
});

describe('call counting', () => {
  const squareWorkbook = () =>
    new Workbook({
      sheets: {
        S: [
          [1, 2],
          [3, 4],
        ],
      },
    });

  it("counts each call by Class.method, not the stand-ins' own internal calls, and resets", () => {
    const env = createEnvironment({ workbook: squareWorkbook() });
    const ss = env.services.SpreadsheetApp.getActiveSpreadsheet();
    env.calls.reset();
    ss.getSheetByName('S')?.getDataRange().getValues();
    expect(env.calls.byMethod()).toEqual({
      'Spreadsheet.getSheetByName': 1,
      'Sheet.getDataRange': 1,
      'Range.getValues': 1,
    });
    expect(env.calls.total).toBe(3);
    env.calls.reset();
    expect(env.calls.total).toBe(0);
  });

  it('counts the calls a script makes through the loaded bundle', () => {
    const env = createEnvironment({ workbook: squareWorkbook() });
    const addon = loadAddon(env, {
      code: 'function readAll() { return SpreadsheetApp.getActiveSpreadsheet().getRange("S!A1:B2").getValues(); }',
    });
    env.calls.reset();
    expect(addon.call('readAll')).toEqual([
      [1, 2],
      [3, 4],
    ]);
    expect(env.calls.count('Range.getValues')).toBe(1);
    expect(env.calls.total).toBe(3);
  });
});
