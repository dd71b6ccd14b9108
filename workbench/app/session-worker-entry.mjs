// Worker threads do not inherit tsx's loader from the main thread: register it, then load the TypeScript.
import { tsImport } from 'tsx/esm/api';

await tsImport('./session-worker.ts', import.meta.url);
