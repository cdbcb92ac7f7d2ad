/** English strings of the callback dialog before its panel has loaded. */
export const callbackDialogEn = {
  'ui.callback.title': 'Schedule and manage callbacks',
  'ui.callback.close': 'Close',
  'ui.callback.loading': 'Loading time zones…',
  'ui.callback.loadFailed': 'The callback form could not be loaded. Check the connection and try again.',
  'ui.callback.retry': 'Try again',
  'ui.callback.tabSchedule': 'Schedule a callback',
  'ui.callback.tabManage': 'Manage Callbacks',
} as const;
