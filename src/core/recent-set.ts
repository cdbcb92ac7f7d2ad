/** A set that remembers only its newest `limit` entries, so long sessions don't grow memory. */
export interface RecentSet<T> {
  has(value: T): boolean;
  add(value: T): void;
}

export function recentSet<T>(limit: number): RecentSet<T> {
  const values = new Set<T>();
  return {
    has: (value) => values.has(value),
    add(value) {
      values.delete(value);
      values.add(value);
      if (values.size > limit) values.delete(values.values().next().value as T);
    },
  };
}
