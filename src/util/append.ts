/**
 * Appends every item of `items` to `target`, in order, and returns `target`.
 * `target.push(...items)` passes each item as a call argument, and V8 throws
 * "Maximum call stack size exceeded" from roughly 100k arguments on, which a
 * 300k-row table or a million-duty org model reaches; `concat` would copy the
 * whole target on every call. A plain loop is all this needs.
 */
export function appendAll<T>(target: T[], items: Iterable<T>): T[] {
  for (const item of items) target.push(item);
  return target;
}
