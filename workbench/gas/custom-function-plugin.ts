// Registers Apps Script custom functions into HyperFormula as one function plugin. The plugin only
// evaluates the arguments (HyperFormula has already tracked them as dependencies, so an argument change
// recalculates the cell) and hands them to the host, which converts, calls, and spills.
import {
  type CellError,
  EmptyValue,
  FunctionPlugin,
  type FunctionPluginDefinition,
  HyperFormula,
  type SimpleCellAddress,
} from 'hyperformula';

/** What the engine gave for one argument, before Sheets' conversion. */
export type EngineArg =
  | { readonly kind: 'scalar'; readonly value: unknown; readonly address: SimpleCellAddress | undefined }
  | { readonly kind: 'range'; readonly rows: unknown[][]; readonly start: SimpleCellAddress | undefined };

export interface CustomFunctionHost {
  /** Returns the value of the formula's own cell (top-left of a spilled result, or an error). */
  evaluate(
    name: string,
    formulaAddress: SimpleCellAddress,
    args: readonly EngineArg[],
    isOccupied: (address: SimpleCellAddress) => boolean,
  ): unknown;
}

// HyperFormula internals the plugin uses; FunctionPlugin exposes them to subclasses only.
interface PluginInternals {
  evaluateAst(ast: unknown, state: { formulaAddress: SimpleCellAddress }): unknown;
  dependencyGraph: { addressMapping: { getCell(address: SimpleCellAddress): object | undefined } };
}
interface AstNode {
  type: string;
  reference?: { toSimpleCellAddress(base: SimpleCellAddress): SimpleCellAddress };
}
interface RangeLike {
  rawData(): unknown[][];
  range?: { start: SimpleCellAddress };
}

function isRange(value: unknown): value is RangeLike {
  return typeof value === 'object' && value !== null && typeof (value as RangeLike).rawData === 'function';
}

export { EmptyValue };

/** Builds a plugin class for these names; each HyperFormula instance gets its own (config.functionPlugins). */
export function customFunctionPlugin(
  names: readonly string[],
  host: CustomFunctionHost,
): FunctionPluginDefinition {
  class AppsScriptCustomFunctions extends FunctionPlugin {
    static override implementedFunctions = Object.fromEntries(
      names.map((name, i) => [name, { method: `call${i}`, vectorizationForbidden: true }]),
    );
  }
  names.forEach((name, i) => {
    Object.defineProperty(AppsScriptCustomFunctions.prototype, `call${i}`, {
      value(this: PluginInternals, ast: { args: AstNode[] }, state: { formulaAddress: SimpleCellAddress }) {
        const args: EngineArg[] = [];
        for (const argAst of ast.args) {
          const value = this.evaluateAst(argAst, state);
          if (isRange(value)) {
            args.push({ kind: 'range', rows: value.rawData(), start: value.range?.start });
          } else {
            const address =
              argAst.type === 'CELL_REFERENCE'
                ? argAst.reference?.toSimpleCellAddress(state.formulaAddress)
                : undefined;
            args.push({ kind: 'scalar', value, address });
          }
        }
        const isOccupied = (address: SimpleCellAddress) => {
          const vertex = this.dependencyGraph.addressMapping.getCell(address);
          return vertex !== undefined && vertex.constructor.name !== 'EmptyCellVertex';
        };
        return host.evaluate(name, state.formulaAddress, args, isOccupied);
      },
    });
  });
  // Function names must have a translation in the engine's language; custom names translate to themselves.
  HyperFormula.getLanguage('enGB').extendFunctions(Object.fromEntries(names.map((n) => [n, n])));
  return AppsScriptCustomFunctions as unknown as FunctionPluginDefinition;
}

export type { CellError };
