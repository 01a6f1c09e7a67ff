// Uploaded indicators next to the built-in ones: a column named like a built-in indicator (or like
// one uploaded earlier) would merge with it in charts and overwrite it in downloads, so it gets a
// visibly different name instead.
import {ONDERMIJNING_MEASURES} from "./queries.js";

const OWN_SUFFIX = "eigen bestand";
const key = (name) => String(name).trim().toLocaleLowerCase("nl");

/** The names an uploaded column may not take: the built-in indicators' labels and ids. */
export const builtInNames = () => ONDERMIJNING_MEASURES.flatMap((m) => [m.label, m.id]);

/**
 * The parsed columns with clashing names renamed to "naam (eigen bestand)" (then "… 2", "… 3").
 * @template {{name: string}} T
 * @param {T[]} columns
 * @param {Iterable<string>} taken names already in use
 * @returns {(T & {originalName?: string})[]} renamed columns carry their originalName
 */
export function avoidNameClashes(columns, taken) {
  const used = new Set([...taken].map(key));
  return columns.map((column) => {
    let name = column.name;
    for (let n = 1; used.has(key(name)); n++) name = `${column.name} (${OWN_SUFFIX}${n > 1 ? ` ${n}` : ""})`;
    used.add(key(name));
    return name === column.name ? column : {...column, name, originalName: column.name};
  });
}
