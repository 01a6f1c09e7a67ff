// "Is the link stronger in large cities?": the first against the last group of an ordered
// grouping (G4 against the smallest gemeenten; zeer sterk against niet stedelijk), tested on the
// gemeente-clustered intervals, with the naive test (every area independent) beside it.
import {SIZE_CLASSES, STEDELIJKHEID} from "../registry.js";
import {compareClustered, compareIndependent} from "../stats/cluster-robust.js";

const ORDER = Object.freeze({
  size_class: SIZE_CLASSES.map((d) => d.id),
  stedelijkheid: STEDELIJKHEID.map((d) => d.value),
});

/**
 * The contrast of the most and the least urban group present, or null with fewer than two groups.
 * @param {{group: any, label: string, r: number, n: number, clustered: any}[]} rows correlator.groups
 * @param {string} grouping "size_class" or "stedelijkheid"
 * @returns {{first: any, last: any, clustered: ReturnType<typeof compareClustered> | null, naive: ReturnType<typeof compareIndependent>} | null}
 */
export function groupContrast(rows, grouping) {
  const order = ORDER[grouping] ?? [];
  const present = order.map((g) => rows.find((d) => d.group === g)).filter(Boolean);
  if (present.length < 2) return null;
  const first = present[0],
    last = present[present.length - 1];
  const clustered = first.clustered && last.clustered ? compareClustered(first.clustered, last.clustered) : null;
  return {first, last, clustered, naive: compareIndependent(first, last)};
}
