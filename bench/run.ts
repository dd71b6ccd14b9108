// `npm run bench`: prints the figures the issues set targets for. Nothing here asserts a speed.
import { benchBulkScoring } from './bulk-scoring.bench';
import { benchConsensus } from './consensus.bench';
import { benchDistmodel } from './distmodel.bench';
import { benchFit } from './fit.bench';
import { benchLiveOutput } from './live-output.bench';
import { consoleReport } from './measure';
import { benchSidebarSize } from './sidebar-size.bench';
import { benchWhatIf } from './what-if.bench';

console.log(`DistModel benchmarks (node ${process.version}, ${new Date().toISOString()})`);
benchDistmodel(consoleReport);
benchBulkScoring(consoleReport);
benchLiveOutput(consoleReport);
benchSidebarSize(consoleReport);
benchFit(consoleReport);
await benchWhatIf(consoleReport);
benchConsensus(consoleReport);
