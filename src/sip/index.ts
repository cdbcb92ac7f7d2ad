/** A TelephonyAdapter for any SIP-over-WebSocket server (Kamailio, FreeSWITCH, Asterisk, hosted PBXs), on JsSIP. */
export { createSipAdapter, type SipLine } from './sip-adapter.js';
export type { SipAdapterOptions } from './options.js';
export { sipCapabilities } from './capabilities.js';
export { CONSULT_HEADER } from './incoming.js';
