// `npm run bench`: prints the figures the issues set targets for. Nothing here asserts a speed.
import { benchBulkScoring } from './bulk-scoring.bench';
import { benchConsensus } from './consensus.bench';
import { benchDistmodel } from './distmodel.bench';
import { benchFit } from './fit.bench';
import { benchLiveOutput } from './live-output.bench';
import { consoleReport } from './measure';
import { benchSidebarCalls } from './sidebar-calls.bench';
import { benchSidebarSize } from './sidebar-size.bench';
import { benchSidebarSlider } from './sidebar-slider.bench';
import { benchWhatIf } from './what-if.bench';

console.log(`DistModel benchmarks (node ${process.version}, ${new Date().toISOString()})`);
benchSidebarCalls(consoleReport);
benchDistmodel(consoleReport);
benchBulkScoring(consoleReport);
benchLiveOutput(consoleReport);
benchSidebarSize(consoleReport);
benchFit(consoleReport);
await benchWhatIf(consoleReport);
await benchSidebarSlider(consoleReport);
benchConsensus(consoleReport);
