/**
 * What one snapshot may hold and which numbers the store takes: an adapter event beyond these is
 * refused with an error that names the limit, so a buggy or hostile platform cannot grow the desk
 * without bound or put absurd times on screen.
 */
export const LIMITS = {
  /** Characters in one text field (a name, a variable's value). */
  text: 100_000,
  /** Characters in one id. */
  id: 200,
  /** Items in one list of an event (directory entries, callbacks), unless a smaller limit says. */
  items: 10_000,
  /** Variables of one interaction: in one event, and all it holds once merged. */
  variables: 500,
  /** Participants of one call, supervisors included. */
  participants: 64,
  /** Interactions the desk holds at once. */
  interactions: 10_000,
  /** Times (epoch ms): from 1970 to the year 2200. */
  latestTime: Date.UTC(2200, 0, 1),
  /** Durations (ring timeout, longest recording pause): at most a week. */
  longestDuration: 7 * 24 * 3_600_000,
} as const;

/**
 * Why an event that applied would leave the desk over a limit, or nothing. `before` and `after`
 * are the interaction it changed; `held` how many interactions the desk held before it.
 */
export function overLimit(
  before: { variables: readonly unknown[]; participants: readonly unknown[] } | undefined,
  after: { variables: readonly unknown[]; participants: readonly unknown[] } | undefined,
  held: number,
): string | undefined {
  if (!after || after === before) return undefined;
  if (!before && held >= LIMITS.interactions) return `the desk already holds ${LIMITS.interactions} interactions`;
  if (after.variables.length > LIMITS.variables) return `the interaction would hold more than ${LIMITS.variables} variables`;
  if (after.participants.length > LIMITS.participants) {
    return `the call would have more than ${LIMITS.participants} participants`;
  }
  return undefined;
}
