// Every function Apps Script can call, and nothing else: custom functions, triggers, menu actions and
// the sidebar's server calls. scripts/build.mjs turns each export into a top-level function.
export { DISTMODEL, DISTMODEL_WEIGHTS } from './custom-functions';
export { onInstall, onOpen } from './triggers';
export { openSidebar, showHelp } from './ui';
