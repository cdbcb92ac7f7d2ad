/**
 * Freezes `value` and everything reachable from it that is not frozen yet. What earlier snapshots
 * hold is frozen already and is not walked again, so a commit pays for what changed, not for the
 * whole desk: the objects an event or a request created, and one check per entry of each record
 * that was replaced (a new `interactions` record is checked entry by entry, each a frozen one).
 */
export function freezeDeep<T>(value: T): T {
  if (typeof value !== 'object' || value === null || Object.isFrozen(value)) return value;
  Object.freeze(value);
  for (const key of Object.keys(value)) freezeDeep((value as Record<string, unknown>)[key]);
  return value;
}
