// `npm run bench`: prints the figures the issues set targets for. Nothing here asserts a speed.
import { benchDistmodel } from './distmodel.bench';
import { consoleReport } from './measure';

console.log(`DistModel benchmarks (node ${process.version}, ${new Date().toISOString()})`);
benchDistmodel(consoleReport);
