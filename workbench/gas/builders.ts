// Small value classes the add-on builds and hands to sheets: data validation rules, charts, protections,
// named ranges. https://developers.google.com/apps-script/reference/spreadsheet/data-validation-builder
// https://developers.google.com/apps-script/reference/spreadsheet/embedded-chart-builder
import { GAS_CLASS, unwrap } from './calls';
import type { ChartRecord, DocumentRecords, FilterRecord, ProtectionRecord } from './records';
import type { GridRange } from './types';
import type { Workbook } from './workbook';

type S = typeof GoogleAppsScript.Spreadsheet;
type DataValidation = GoogleAppsScript.Spreadsheet.DataValidation;
type DataValidationBuilder = GoogleAppsScript.Spreadsheet.DataValidationBuilder;

export const DataValidationCriteria = Object.freeze({
  VALUE_IN_LIST: 'VALUE_IN_LIST',
  VALUE_IN_RANGE: 'VALUE_IN_RANGE',
  NUMBER_BETWEEN: 'NUMBER_BETWEEN',
  CHECKBOX: 'CHECKBOX',
}) as unknown as S['DataValidationCriteria'];

export interface ValidationRule {
  readonly criteria: string;
  readonly values: unknown[];
  readonly allowInvalid: boolean;
  readonly helpText: string | null;
}

export class FakeDataValidation
  implements
    Pick<DataValidation, 'getCriteriaType' | 'getCriteriaValues' | 'getAllowInvalid' | 'getHelpText' | 'copy'>
{
  readonly [GAS_CLASS] = 'DataValidation';
  constructor(readonly rule: ValidationRule) {}
  getCriteriaType(): GoogleAppsScript.Spreadsheet.DataValidationCriteria {
    return this.rule.criteria as never;
  }
  getCriteriaValues(): unknown[] {
    return [...this.rule.values];
  }
  getAllowInvalid(): boolean {
    return this.rule.allowInvalid;
  }
  getHelpText(): string {
    return this.rule.helpText ?? '';
  }
  copy(): DataValidationBuilder {
    return new FakeDataValidationBuilder(this.rule) as unknown as DataValidationBuilder;
  }
}

export class FakeDataValidationBuilder
  implements Pick<DataValidationBuilder, 'requireValueInList' | 'setAllowInvalid' | 'setHelpText' | 'build'>
{
  readonly [GAS_CLASS] = 'DataValidationBuilder';
  private rule: ValidationRule;
  constructor(rule: ValidationRule = { criteria: '', values: [], allowInvalid: true, helpText: null }) {
    this.rule = rule;
  }
  requireValueInList(values: string[], showDropdown?: boolean): DataValidationBuilder {
    return this.set({ criteria: 'VALUE_IN_LIST', values: [[...values].map(String), showDropdown ?? true] });
  }
  setAllowInvalid(allowInvalidData: boolean): DataValidationBuilder {
    return this.set({ allowInvalid: allowInvalidData });
  }
  setHelpText(helpText: string): DataValidationBuilder {
    return this.set({ helpText: String(helpText) });
  }
  /** Apps Script refuses to build a rule without criteria. */
  build(): DataValidation {
    if (!this.rule.criteria) throw new Error('You must specify a criteria for the data validation rule.');
    return new FakeDataValidation(this.rule) as unknown as DataValidation;
  }
  private set(change: Partial<ValidationRule>): DataValidationBuilder {
    this.rule = { ...this.rule, ...change };
    return this as unknown as DataValidationBuilder;
  }
}

export const ChartType = Object.freeze({
  AREA: 'AREA',
  BAR: 'BAR',
  COLUMN: 'COLUMN',
  LINE: 'LINE',
  PIE: 'PIE',
  SCATTER: 'SCATTER',
  TABLE: 'TABLE',
}) as unknown as typeof GoogleAppsScript.Charts.ChartType;

type ChartBuilder = GoogleAppsScript.Spreadsheet.EmbeddedChartBuilder;
type EmbeddedChart = GoogleAppsScript.Spreadsheet.EmbeddedChart;

/** A chart being built; build() gives an EmbeddedChart that Sheet.insertChart records. */
export class FakeEmbeddedChartBuilder
  implements
    Pick<
      ChartBuilder,
      | 'addRange'
      | 'removeRange'
      | 'getRanges'
      | 'setChartType'
      | 'getChartType'
      | 'setPosition'
      | 'setOption'
      | 'asPieChart'
      | 'asColumnChart'
      | 'asBarChart'
      | 'build'
    >
{
  readonly [GAS_CLASS] = 'EmbeddedChartBuilder';
  constructor(
    private readonly workbook: Workbook,
    readonly chart: ChartRecord,
    private readonly rangeOf: (g: GridRange) => GoogleAppsScript.Spreadsheet.Range,
  ) {}
  addRange(range: GoogleAppsScript.Spreadsheet.Range): ChartBuilder {
    this.chart.ranges.push(gridOf(range));
    return this.self();
  }
  removeRange(range: GoogleAppsScript.Spreadsheet.Range): ChartBuilder {
    const g = gridOf(range);
    this.chart.ranges = this.chart.ranges.filter(
      (r) => this.workbook.a1(r, true) !== this.workbook.a1(g, true),
    );
    return this.self();
  }
  getRanges(): GoogleAppsScript.Spreadsheet.Range[] {
    return this.chart.ranges.map(this.rangeOf);
  }
  setChartType(type: GoogleAppsScript.Charts.ChartType): ChartBuilder {
    this.chart.type = String(type);
    return this.self();
  }
  getChartType(): GoogleAppsScript.Charts.ChartType {
    return this.chart.type as never;
  }
  setPosition(anchorRowPos: number, anchorColPos: number, offsetX: number, offsetY: number): ChartBuilder {
    this.chart.position = { row: anchorRowPos, column: anchorColPos, offsetX, offsetY };
    return this.self();
  }
  setOption(option: string, value: unknown): ChartBuilder {
    this.chart.options[option] = value;
    return this.self();
  }
  asPieChart(): GoogleAppsScript.Spreadsheet.EmbeddedPieChartBuilder {
    return this.as('PIE');
  }
  asColumnChart(): GoogleAppsScript.Spreadsheet.EmbeddedColumnChartBuilder {
    return this.as('COLUMN');
  }
  asBarChart(): GoogleAppsScript.Spreadsheet.EmbeddedBarChartBuilder {
    return this.as('BAR');
  }
  /** Typed builders (asPieChart()...) share setTitle as the "title" option. */
  setTitle(title: string): ChartBuilder {
    return this.setOption('title', title);
  }
  build(): EmbeddedChart {
    return new FakeEmbeddedChart(
      { ...this.chart, ranges: [...this.chart.ranges], options: { ...this.chart.options } },
      this.workbook,
      this.rangeOf,
    ) as unknown as EmbeddedChart;
  }
  private as<T>(type: string): T {
    this.chart.type = type;
    return this as unknown as T;
  }
  private self(): ChartBuilder {
    return this as unknown as ChartBuilder;
  }
}

export class FakeEmbeddedChart
  implements Pick<EmbeddedChart, 'getChartId' | 'getRanges' | 'getOptions' | 'modify' | 'getContainerInfo'>
{
  readonly [GAS_CLASS] = 'EmbeddedChart';
  constructor(
    readonly chart: ChartRecord,
    private readonly workbook: Workbook,
    private readonly rangeOf: (g: GridRange) => GoogleAppsScript.Spreadsheet.Range,
  ) {}
  getChartId(): number | null {
    return this.chart.chartId;
  }
  getRanges(): GoogleAppsScript.Spreadsheet.Range[] {
    return this.chart.ranges.map(this.rangeOf);
  }
  getOptions(): GoogleAppsScript.Charts.ChartOptions {
    const options = this.chart.options;
    return { get: (key: string) => options[key] ?? null } as GoogleAppsScript.Charts.ChartOptions;
  }
  modify(): ChartBuilder {
    return new FakeEmbeddedChartBuilder(
      this.workbook,
      { ...this.chart, ranges: [...this.chart.ranges], options: { ...this.chart.options } },
      this.rangeOf,
    ) as unknown as ChartBuilder;
  }
  getContainerInfo(): GoogleAppsScript.Spreadsheet.ContainerInfo {
    const p = this.chart.position;
    return {
      getAnchorRow: () => p.row,
      getAnchorColumn: () => p.column,
      getOffsetX: () => p.offsetX,
      getOffsetY: () => p.offsetY,
    } as GoogleAppsScript.Spreadsheet.ContainerInfo;
  }
}

type Protection = GoogleAppsScript.Spreadsheet.Protection;

export const ProtectionType = Object.freeze({
  RANGE: 'RANGE',
  SHEET: 'SHEET',
}) as unknown as S['ProtectionType'];

export class FakeProtection
  implements
    Pick<
      Protection,
      | 'setDescription'
      | 'getDescription'
      | 'setWarningOnly'
      | 'isWarningOnly'
      | 'addEditor'
      | 'removeEditors'
      | 'getEditors'
      | 'canEdit'
      | 'remove'
      | 'getProtectionType'
    >
{
  readonly [GAS_CLASS] = 'Protection';
  constructor(
    readonly record: ProtectionRecord,
    private readonly user: string,
  ) {}
  setDescription(description: string): Protection {
    this.record.description = String(description);
    return this.self();
  }
  getDescription(): string {
    return this.record.description;
  }
  setWarningOnly(warningOnly: boolean): Protection {
    this.record.warningOnly = warningOnly;
    return this.self();
  }
  isWarningOnly(): boolean {
    return this.record.warningOnly;
  }
  addEditor(emailAddress: string | GoogleAppsScript.Base.User): Protection {
    this.record.editors.push(String(emailAddress));
    return this.self();
  }
  removeEditors(emailAddresses: string[] | GoogleAppsScript.Base.User[]): Protection {
    const gone = new Set((emailAddresses as unknown[]).map(String));
    this.record.editors = this.record.editors.filter((e) => !gone.has(e));
    return this.self();
  }
  getEditors(): GoogleAppsScript.Base.User[] {
    return this.record.editors.map((email) => ({ getEmail: () => email }) as GoogleAppsScript.Base.User);
  }
  canEdit(): boolean {
    return this.record.warningOnly || this.record.editors.includes(this.user);
  }
  remove(): void {
    this.record.removed = true;
  }
  getProtectionType(): GoogleAppsScript.Spreadsheet.ProtectionType {
    return (this.record.range ? 'RANGE' : 'SHEET') as never;
  }
  private self(): Protection {
    return this as unknown as Protection;
  }
}

/** Creates the record for sheet.protect()/range.protect(); the creator is its first editor, as in Sheets. */
export function newProtection(
  records: DocumentRecords,
  sheet: string,
  range: GridRange | null,
  user: string,
): ProtectionRecord {
  const record: ProtectionRecord = {
    id: records.id(),
    sheet,
    range,
    description: '',
    warningOnly: false,
    editors: [user],
    removed: false,
  };
  records.protections.push(record);
  return record;
}

type NamedRange = GoogleAppsScript.Spreadsheet.NamedRange;

export class FakeNamedRange implements Pick<NamedRange, 'getName' | 'getRange' | 'setRange' | 'remove'> {
  readonly [GAS_CLASS] = 'NamedRange';
  constructor(
    private readonly workbook: Workbook,
    private readonly name: string,
    private readonly rangeOf: (g: GridRange) => GoogleAppsScript.Spreadsheet.Range,
  ) {}
  getName(): string {
    return this.name;
  }
  getRange(): GoogleAppsScript.Spreadsheet.Range {
    const found = this.workbook.namedRanges().find((n) => n.name === this.name);
    if (!found) throw new Error('Range not found');
    return this.rangeOf(found.range);
  }
  setRange(range: GoogleAppsScript.Spreadsheet.Range): NamedRange {
    this.workbook.setNamedRange(this.name, gridOf(range));
    return this as unknown as NamedRange;
  }
  remove(): void {
    this.workbook.removeNamedRange(this.name);
  }
}

/** The GridRange behind a Range passed in by the script. */
export function gridOf(range: GoogleAppsScript.Spreadsheet.Range): GridRange {
  const inner = unwrap(range) as unknown as { grid?: GridRange };
  if (!inner.grid) throw new Error('Invalid argument: range');
  return inner.grid;
}

type Filter = GoogleAppsScript.Spreadsheet.Filter;

/** Range.createFilter(): a basic filter, one per sheet (Apps Script refuses a second one). */
export function newFilter(records: DocumentRecords, sheet: string, range: GridRange): FilterRecord {
  if (records.filters.some((f) => f.sheet === sheet && !f.removed)) {
    throw new Error("You can't create a filter in a sheet that already has a filter.");
  }
  const record: FilterRecord = { sheet, range, removed: false };
  records.filters.push(record);
  return record;
}

export class FakeFilter implements Pick<Filter, 'remove'> {
  readonly [GAS_CLASS] = 'Filter';
  constructor(readonly record: FilterRecord) {}

  remove(): void {
    this.record.removed = true;
  }
}

/** A conditional format rule as built: a custom formula, the background it gives, the ranges it covers. */
export interface ConditionalFormatRecord {
  readonly formula: string;
  readonly background: string | null;
  readonly ranges: readonly GoogleAppsScript.Spreadsheet.Range[];
}

type ConditionalFormatRule = GoogleAppsScript.Spreadsheet.ConditionalFormatRule;
type ConditionalFormatRuleBuilder = GoogleAppsScript.Spreadsheet.ConditionalFormatRuleBuilder;

/** https://developers.google.com/apps-script/reference/spreadsheet/conditional-format-rule */
export class FakeConditionalFormatRule
  implements Pick<ConditionalFormatRule, 'getRanges' | 'getBooleanCondition'>
{
  readonly [GAS_CLASS] = 'ConditionalFormatRule';
  constructor(readonly record: ConditionalFormatRecord) {}
  getRanges(): GoogleAppsScript.Spreadsheet.Range[] {
    return [...this.record.ranges];
  }
  getBooleanCondition(): GoogleAppsScript.Spreadsheet.BooleanCondition {
    const { formula, background } = this.record;
    return {
      getCriteriaType: () => 'CUSTOM_FORMULA',
      getCriteriaValues: () => [formula],
      getBackground: () => background,
    } as unknown as GoogleAppsScript.Spreadsheet.BooleanCondition;
  }
}

/** https://developers.google.com/apps-script/reference/spreadsheet/conditional-format-rule-builder */
export class FakeConditionalFormatRuleBuilder
  implements
    Pick<ConditionalFormatRuleBuilder, 'whenFormulaSatisfied' | 'setBackground' | 'setRanges' | 'build'>
{
  readonly [GAS_CLASS] = 'ConditionalFormatRuleBuilder';
  private record: ConditionalFormatRecord = { formula: '', background: null, ranges: [] };
  whenFormulaSatisfied(formula: string): ConditionalFormatRuleBuilder {
    return this.set({ formula: String(formula) });
  }
  setBackground(color: string | null): ConditionalFormatRuleBuilder {
    return this.set({ background: color });
  }
  setRanges(ranges: GoogleAppsScript.Spreadsheet.Range[]): ConditionalFormatRuleBuilder {
    return this.set({ ranges: [...ranges] });
  }
  /** Apps Script refuses a rule without a condition or without ranges. */
  build(): ConditionalFormatRule {
    if (!this.record.formula || this.record.ranges.length === 0)
      throw new Error('A conditional format rule needs a condition and at least one range.');
    return new FakeConditionalFormatRule(this.record) as unknown as ConditionalFormatRule;
  }
  private set(change: Partial<ConditionalFormatRecord>): ConditionalFormatRuleBuilder {
    this.record = { ...this.record, ...change };
    return this as unknown as ConditionalFormatRuleBuilder;
  }
}
