import vm from 'node:vm';
import { loadBundle, readBuiltCode } from '../workbench/vm';
import { productTable } from './products';
const bundle = loadBundle(readBuiltCode());
const D = bundle.context.DISTMODEL as (a: unknown, b: unknown, c: unknown) => unknown;
const parse = vm.runInContext('JSON.parse', bundle.context) as (t: string) => unknown;
const t = parse(JSON.stringify(productTable(100000)));
for (let i = 0; i < 6; i++) D(t, '', process.argv[2] ?? 'all');
