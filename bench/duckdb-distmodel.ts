// DistModel's BigQuery function body registered in DuckDB as the scalar function
// distmodel(product JSON-or-text, weights VARCHAR) -> STRUCT(model, four scores, margin, confidence,
// evidence): the local stand-in for BigQuery used by the tests and the benchmark. The body runs in a V8
// realm without Intl, called with the product as a JavaScript value, as BigQuery passes a JSON argument.
import {
  DOUBLE,
  type DuckDBConnection,
  DuckDBScalarFunction,
  STRUCT,
  structValue,
  VARCHAR,
} from '@duckdb/node-api';
import { HOST_FIELDS } from '../src/engine/index';
import { functionWithoutIntl } from '../tests/bigquery/support';

/** Registers `distmodel` on `connection`, running `body` (the text inside AS r"""...""") once per row. */
export function registerDistmodel(connection: DuckDBConnection, body: string): void {
  const distmodel = functionWithoutIntl(body);
  const returnType = STRUCT(
    Object.fromEntries(HOST_FIELDS.map((f) => [f.name, f.type === 'FLOAT64' ? DOUBLE : VARCHAR])),
  );
  connection.registerScalarFunction(
    DuckDBScalarFunction.create({
      name: 'distmodel',
      returnType,
      parameterTypes: [VARCHAR, VARCHAR],
      specialHandling: true,
      mainFunction: (_info, input, output) => {
        const products = input.getColumnVector(0);
        const weights = input.getColumnVector(1);
        for (let r = 0; r < input.rowCount; r++) {
          const text = products.getItem(r) as string | null;
          const result = distmodel(text === null ? null : JSON.parse(text), weights.getItem(r)) as Record<
            string,
            string | number | null
          >;
          output.setItem(r, structValue(result));
        }
        output.flush();
      },
    }),
  );
}
