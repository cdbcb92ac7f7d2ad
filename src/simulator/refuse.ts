import { t, type MessageKey, type MessageParams } from '../core/i18n.js';
import { RequestError } from '../core/requests.js';
import type { SimCall, World } from './world.js';

/** A server refusal, as a real platform would answer: a code and words for the agent. */
export function refuse(code: string, key: MessageKey, params?: MessageParams): never {
  throw new RequestError(code, t(key, params));
}

/** The server's own record of a call: refused when it has none (for requests core does not judge). */
export function callOf(world: World, id: string): SimCall {
  const call = world.calls.get(id);
  if (!call || call.phase === 'queued' || call.phase === 'gone') refuse('not-found', 'simulator.notFound');
  return call;
}

export function liveCall(world: World, id: string): SimCall {
  const call = callOf(world, id);
  if (call.phase !== 'connected' && call.phase !== 'post-call') refuse('not-active', 'simulator.notActive');
  return call;
}
