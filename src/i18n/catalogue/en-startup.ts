// The few English words the sidebar carries itself: what it says when it fails before the server has sent
// the user's catalogue (loading DistModel, or the bridge missing). Everything else arrives with the initial
// state, so the page carries no catalogue (dist/Sidebar.html stays small). Part of en.ts.

export const enStartup = {
  'error.generic': 'Something went wrong. Please try again.',
  'error.tryAgain': '{action}. Please try again.',
  'error.reason': '{action}: {reason}',
  'error.accounts':
    'If you are signed in to several Google accounts, Apps Script may be using the wrong one: open the spreadsheet in a window where only one account is signed in (for example a private window) and try again.',
  'error.noRun': 'DistModel runs inside Google Sheets; google.script.run is not available here',
  'error.notPlain': '{what} cannot be sent to Apps Script; only plain data crosses',
  'error.noFunction': 'the server has no function {name}; reload the sidebar after updating the add-on',
  'call.getInitialState': 'Could not load DistModel',
} as const;
