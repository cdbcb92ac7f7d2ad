import type { AdapterCapabilities } from '../core/capabilities.js';
import { t } from '../core/i18n.js';
import type { RequestName } from '../core/requests.js';

/** Plain SIP has no queues, entry points, callbacks, CAD, recording server or mixer. */
const NOT_ON_SIP: RequestName[] = [
  'conference',
  'exitConference',
  'dropParticipant',
  'pauseRecording',
  'resumeRecording',
  'setBnr',
  'setBnrDefault',
  'saveVariables',
  'revealVariable',
  'cancelCallback',
  'scheduleCallback',
  'updateCallback',
  'deleteCallback',
  'listCallbacks',
];

/** Read when asked, so the reasons are in the desk's language of the moment. */
export const sipCapabilities = (): AdapterCapabilities => ({
  unsupported: Object.fromEntries(NOT_ON_SIP.map((name) => [name, t('sip.unsupported')])),
  destinations: { consult: ['agent', 'dial-number'], transfer: ['agent', 'dial-number'] },
});
