import { benchDistmodel } from './distmodel.bench';
import { consoleReport } from './measure';
benchDistmodel(consoleReport);
