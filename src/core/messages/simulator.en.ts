/** English messages of the simulated contact center: what its server side answers when it refuses. */
export const simulatorEn = {
  'simulator.notFound': 'The contact center does not know this interaction.',
  'simulator.notActive': 'The call is not active.',
  'simulator.notOffered': 'This request is no longer offered to you.',
  'simulator.signedOut': 'You are signed out.',
  'simulator.signOutRefused': 'You can’t sign out while a request is being offered to you.',
  'simulator.notCancellable': 'This callback can’t be cancelled.',
  'simulator.concurrentLimit': 'The contact center has reached its limit of concurrent calls ({code}).',
  'simulator.conflict': 'Someone else saved first; your values were not saved.',
  'simulator.revealFailed': 'The secure value could not be retrieved.',
  'simulator.invalidCallback': 'The callback was not scheduled: {detail}',
  'simulator.callbackNotFound': 'That callback no longer exists.',
  'simulator.callbackReason': 'Callback reason',
} as const;
