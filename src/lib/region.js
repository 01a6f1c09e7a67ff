// Region selection (provincie, COROP, gemeente, size class, stedelijkheid) as plain data, so that
// pages can turn it into bound SQL parameters and the filter component can narrow its lists.
import {SIZE_CLASSES, STEDELIJKHEID} from "./registry.js";

/**
 * @typedef {{provincie: string | null, corop: string | null, gemeente: string | null, size_class: string | null, stedelijkheid: number | null}} Region
 * A region selection as the filter's value; null means "all".
 */

/** The fields of a region selection. */
export const REGION_FIELDS = ["provincie", "corop", "gemeente", "size_class", "stedelijkheid"];

/** The areas column each field filters on (columns of the contract's areas table). */
export const REGION_COLUMNS = {
  provincie: "provincie_code",
  corop: "corop_code",
  gemeente: "gemeente_code",
  size_class: "size_class",
  stedelijkheid: "stedelijkheid",
};

/** @type {Readonly<Region>} */
export const EMPTY_REGION = Object.freeze({
  provincie: null,
  corop: null,
  gemeente: null,
  size_class: null,
  stedelijkheid: null,
});

/**
 * Conditions for a region selection: [{column, value}] for every field that is set, in a fixed
 * order, to be combined with AND as bound parameters (`${ident(column)} = ${value}`).
 * Values are passed through untouched; they are data, never SQL text.
 * All five fields describe the gemeente. Buurt and wijk rows of areas inherit provincie, COROP,
 * gemeente and size class, but their `stedelijkheid` is their own: to filter buurten by the
 * stedelijkheid of their gemeente, apply the conditions to the gemeente's row (join areas g ON
 * g.code = a.gemeente_code) or use selectedGemeenten().
 * @param {Partial<Region> | null | undefined} filter
 * @returns {{column: string, value: string | number}[]}
 */
export function regionPredicate(filter) {
  const conditions = [];
  for (const field of REGION_FIELDS) {
    const value = filter?.[field];
    if (value != null) conditions.push({column: REGION_COLUMNS[field], value});
  }
  return conditions;
}

/**
 * One row per gemeente from areas rows (gemeente rows preferred; buurt/wijk rows also work).
 * @param {Iterable<any> | null | undefined} areas
 * @returns {any[]}
 */
export function gemeenten(areas) {
  const byCode = new Map();
  for (const row of areas ?? []) {
    const code = row.gemeente_code;
    if (code == null) continue;
    const seen = byCode.get(code);
    if (!seen || (seen.level !== "gemeente" && row.level === "gemeente")) byCode.set(code, row);
  }
  return [...byCode.values()];
}

// ignorePunctuation sorts 's-Hertogenbosch under s and 't Zandt under t, as Dutch lists do.
const collator = new Intl.Collator("nl", {sensitivity: "base", numeric: true, ignorePunctuation: true});
const byLabel = (a, b) => collator.compare(a.label, b.label);

const matches = (row, filter, field) => filter[field] == null || row[REGION_COLUMNS[field]] === filter[field];

function distinct(rows, valueOf, labelOf) {
  const options = new Map();
  for (const row of rows) {
    const value = valueOf(row);
    if (value != null && !options.has(value)) options.set(value, {value, label: labelOf(row)});
  }
  return [...options.values()];
}

/**
 * The choices for each field given the current selection: provincie narrows COROP and gemeente,
 * COROP narrows gemeente, and size class and stedelijkheid narrow gemeente.
 * Returns {provincie, corop, gemeente, size_class, stedelijkheid}: lists of {value, label}.
 */
/**
 * @param {any[]} rows
 * @param {Partial<Region>} [filter]
 * @returns {Record<keyof Region, {value: any, label: string}[]>}
 */
export function regionOptions(rows, filter = EMPTY_REGION) {
  const f = {...EMPTY_REGION, ...filter};
  const inProvincie = rows.filter((r) => matches(r, f, "provincie"));
  const inCorop = inProvincie.filter((r) => matches(r, f, "corop"));
  const sizeLabels = new Map(SIZE_CLASSES.map((d) => [d.id, d.label]));
  const stedLabels = new Map(STEDELIJKHEID.map((d) => [d.value, d.label]));
  const present = (field) => new Set(rows.map((r) => r[REGION_COLUMNS[field]]));
  const sizes = present("size_class");
  const steds = present("stedelijkheid");
  return {
    provincie: distinct(
      rows,
      (r) => r.provincie_code,
      (r) => r.provincie_name,
    ).sort(byLabel),
    corop: distinct(
      inProvincie,
      (r) => r.corop_code,
      (r) => r.corop_name,
    ).sort(byLabel),
    gemeente: distinct(
      inCorop.filter((r) => matches(r, f, "size_class") && matches(r, f, "stedelijkheid")),
      (r) => r.gemeente_code,
      (r) => r.gemeente_name,
    ).sort(byLabel),
    // Registry order (G4 first; 1 = zeer sterk stedelijk first), limited to classes that occur.
    size_class: SIZE_CLASSES.filter((d) => sizes.has(d.id)).map((d) => ({value: d.id, label: sizeLabels.get(d.id)})),
    stedelijkheid: STEDELIJKHEID.filter((d) => steds.has(d.value)).map((d) => ({
      value: d.value,
      label: `${d.value} – ${stedLabels.get(d.value)}`,
    })),
  };
}

/**
 * A consistent selection: unknown fields and values not on offer are dropped, top-down, so a
 * COROP outside the chosen provincie or a gemeente outside the other choices becomes "all".
 * @param {any[]} rows
 * @param {Partial<Region> | null | undefined} filter
 * @returns {Region}
 */
export function normalizeRegion(rows, filter) {
  const result = {...EMPTY_REGION};
  for (const field of REGION_FIELDS) {
    const value = filter?.[field];
    if (value == null) continue;
    result[field] = value;
    if (!regionOptions(rows, result)[field].some((d) => d.value === value)) result[field] = null;
  }
  // A later field may have narrowed an earlier one (size class after gemeente): check once more.
  const options = regionOptions(rows, result);
  for (const field of REGION_FIELDS) {
    if (result[field] != null && !options[field].some((d) => d.value === result[field])) result[field] = null;
  }
  return result;
}

const FIELD_NAMES = {
  provincie: "provincie",
  corop: "COROP-gebied",
  gemeente: "gemeente",
  size_class: "gemeentegrootte",
  stedelijkheid: "stedelijkheid",
};

/**
 * A short Dutch description of the selection, e.g. for captions and the Methode text.
 * @param {any[]} rows
 * @param {Partial<Region> | null | undefined} filter
 */
export function describeRegion(rows, filter) {
  const all = regionOptions(rows, EMPTY_REGION);
  const parts = [];
  for (const field of REGION_FIELDS) {
    const value = filter?.[field];
    if (value == null) continue;
    const label = all[field].find((d) => d.value === value)?.label ?? String(value);
    parts.push(`${FIELD_NAMES[field]} ${label}`);
  }
  return parts.length ? parts.join(", ") : "alle gemeenten";
}

/**
 * The codes of the gemeenten in a selection (sorted), e.g. for `a.gemeente_code IN ${codes}`.
 * @param {any[]} rows
 * @param {Partial<Region> | null | undefined} filter
 * @returns {string[]}
 */
export function selectedGemeenten(rows, filter) {
  const f = {...EMPTY_REGION, ...filter};
  return gemeenten(rows)
    .filter((r) => REGION_FIELDS.every((field) => matches(r, f, field)))
    .map((r) => r.gemeente_code)
    .sort();
}
