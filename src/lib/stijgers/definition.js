// What counts as a riser (stijger) and a faller (daler): one definition object, checked once,
// used both by the SQL builders and by the plain-JS predicates (sensitivity, tests). Everything
// depends on the start class and end class of an area only.
import {classLabel} from "../labels.js";
import {EMPTY_REGION, REGION_FIELDS} from "../region.js";
import {LBM_CLASSES} from "../registry.js";
import {DEFAULTS} from "./defaults.js";

export const CLASS_VALUES = LBM_CLASSES.map((c) => c.value);
export const MIN_CLASS = CLASS_VALUES[0];
export const MAX_CLASS = CLASS_VALUES[CLASS_VALUES.length - 1];

export const RISER_MODES = ["threshold", "gain"];
export const FALLER_MODES = ["lower", "fromSufficient"];
export const WEIGHTS = ["areas", "inhabitants"];
export const LEVELS = ["buurt", "wijk"];

export const GROUPS = [
  {id: "stijger", label: "Stijgers"},
  {id: "daler", label: "Dalers"},
  {id: "rest", label: "Rest van de selectie"},
  {id: "overig", label: "Overige gebieden"},
];
export const groupLabel = (id) => GROUPS.find((g) => g.id === id)?.label ?? id;
/** The group ids in the engine's numbering: 0 stijger, 1 daler, 2 rest, 3 overig. */
export const GROUP_IDS = GROUPS.map((g) => g.id);

const isClass = (x) => Number.isInteger(x) && x >= MIN_CLASS && x <= MAX_CLASS;

/**
 * The definition the page starts from, the whole country: every setting from the theme's
 * defaults (the report's own; the page passes datasetDefaults(years), whose years the data has).
 * @param {ReturnType<typeof import("./defaults.js").datasetDefaults>} [defaults]
 */
export function defaultDefinition(defaults = DEFAULTS) {
  return {
    level: defaults.level,
    baseYear: defaults.baseYear,
    endYear: defaults.endYear,
    startClasses: [...defaults.startClasses],
    riserMode: defaults.riserMode,
    riserMinClass: defaults.riserMinClass,
    riserGain: defaults.riserGain,
    fallerMode: defaults.fallerMode,
    fallerFromClasses: [...defaults.fallerFromClasses],
    sufficientClass: defaults.sufficientClass,
    weight: defaults.weight,
    region: EMPTY_REGION,
  };
}

/**
 * Checks and completes a definition. Throws an Error with a Dutch message naming the setting
 * when it cannot be used (a reader sees it instead of a silently wrong chart). With `years` (the
 * Leefbaarometer years the data has) the base and end year must be among them.
 * @param {any} def
 * @param {{years?: readonly number[]}} [options]
 */
export function normalizeDefinition(def, {years} = {}) {
  // The years are never filled in: a definition without them is a mistake, not the default.
  const {baseYear, endYear, ...rules} = defaultDefinition();
  const d = {...rules, ...def};
  if (!LEVELS.includes(d.level)) throw new Error(`Onbekend niveau "${d.level}"; kies uit ${LEVELS.join(", ")}`);
  for (const key of ["baseYear", "endYear"]) {
    if (!Number.isInteger(d[key]) || (years && !years.includes(d[key])))
      throw new Error(
        `${key === "baseYear" ? "Basisjaar" : "Eindjaar"} ${d[key]} is geen Leefbaarometer-jaar${years ? ` in deze gegevens (${years.length ? years.join(", ") : "geen"})` : ""}`,
      );
  }
  if (d.endYear <= d.baseYear)
    throw new Error(`Het eindjaar (${d.endYear}) moet na het basisjaar (${d.baseYear}) liggen`);
  const startClasses = [...new Set(d.startClasses)].sort((a, b) => a - b);
  if (!startClasses.length) throw new Error("Kies minstens één startklasse");
  if (!startClasses.every(isClass))
    throw new Error(`Startklassen moeten gehele getallen ${MIN_CLASS}–${MAX_CLASS} zijn`);
  if (!RISER_MODES.includes(d.riserMode)) throw new Error(`Onbekende stijgerdefinitie "${d.riserMode}"`);
  if (!isClass(d.riserMinClass)) throw new Error(`Drempelklasse voor stijgers moet ${MIN_CLASS}–${MAX_CLASS} zijn`);
  if (!Number.isInteger(d.riserGain) || d.riserGain < 1 || d.riserGain > MAX_CLASS - MIN_CLASS) {
    throw new Error(`Minimale stijging moet 1–${MAX_CLASS - MIN_CLASS} klassen zijn`);
  }
  if (!FALLER_MODES.includes(d.fallerMode)) throw new Error(`Onbekende dalerdefinitie "${d.fallerMode}"`);
  if (!isClass(d.sufficientClass)) throw new Error(`Klasse "voldoende" moet ${MIN_CLASS}–${MAX_CLASS} zijn`);
  const fallerFromClasses = [...new Set(d.fallerFromClasses)].sort((a, b) => a - b);
  if (!fallerFromClasses.length || !fallerFromClasses.every(isClass))
    throw new Error("Ongeldige klassen voor dalers vanaf (ruim) voldoende");
  if (!WEIGHTS.includes(d.weight)) throw new Error(`Onbekende weging "${d.weight}"; kies uit ${WEIGHTS.join(", ")}`);
  return {...d, startClasses, fallerFromClasses, region: normalizeRegionFilter(d.region)};
}

/** The region filter's value ({provincie, corop, gemeente, size_class, stedelijkheid}; null = all), complete and frozen. */
function normalizeRegionFilter(region) {
  if (region == null) return EMPTY_REGION;
  if (typeof region !== "object" || Array.isArray(region))
    throw new Error(
      "Regiofilter moet de waarde van het regiofilter zijn ({provincie, corop, gemeente, size_class, stedelijkheid})",
    );
  const unknown = Object.keys(region).filter((field) => !REGION_FIELDS.includes(field));
  if (unknown.length) throw new Error(`Onbekend regioveld ${unknown.join(", ")}; kies uit ${REGION_FIELDS.join(", ")}`);
  return Object.freeze({...EMPTY_REGION, ...region});
}

/** A riser starts in a selected class and, depending on the mode, reaches the threshold class or gains k classes. Either way it must end higher than it started. */
export function isRiser(start, end, d) {
  if (!d.startClasses.includes(start) || end <= start) return false;
  return d.riserMode === "gain" ? end - start >= d.riserGain : end >= d.riserMinClass;
}

/** "lower": a selected area that ends lower than it started. "fromSufficient": an area that was (ruim) voldoende and ends below voldoende, whatever the selection. */
export function isFaller(start, end, d) {
  if (d.fallerMode === "fromSufficient") return d.fallerFromClasses.includes(start) && end < d.sufficientClass;
  return d.startClasses.includes(start) && end < start;
}

/** The areas a faller share is taken of. */
export function inFallerBase(start, d) {
  return d.fallerMode === "fromSufficient" ? d.fallerFromClasses.includes(start) : d.startClasses.includes(start);
}

/** stijger, daler, rest (selected, neither) or overig. A riser is never also a faller (it ends higher). */
export function groupOf(start, end, d) {
  if (isRiser(start, end, d)) return "stijger";
  if (isFaller(start, end, d)) return "daler";
  return d.startClasses.includes(start) ? "rest" : "overig";
}

function classList(classes) {
  const labels = classes.map(classLabel);
  return labels.length <= 1 ? labels.join("") : `${labels.slice(0, -1).join(", ")} of ${labels.at(-1)}`;
}

/**
 * The settings read from the page's controls, completed with the fixed parts of the default
 * definition: {def, error}, with error the Dutch message when the settings cannot be used.
 * `years`: the Leefbaarometer years the data has.
 * @param {any} controls
 * @param {{years?: readonly number[]}} [options]
 * @returns {{def: any, error: string | null}}
 */
export function definitionFromControls(controls, {years} = {}) {
  try {
    return {def: normalizeDefinition({...defaultDefinition(), ...controls}, {years}), error: null};
  } catch (error) {
    return {def: null, error: /** @type {Error} */ (error).message};
  }
}

/** The definition in Dutch sentences, for the Methode disclosure and captions. */
export function describeDefinition(def) {
  const d = normalizeDefinition(def);
  const selection = `gebieden (${d.level}en) die in ${d.baseYear} ${classList(d.startClasses)} scoorden`;
  const riser =
    d.riserMode === "gain"
      ? `Stijger: een van die gebieden dat in ${d.endYear} minstens ${d.riserGain} klasse${d.riserGain === 1 ? "" : "n"} hoger scoort.`
      : `Stijger: een van die gebieden dat in ${d.endYear} ${classLabel(d.riserMinClass)} of beter scoort (en hoger dan in ${d.baseYear}).`;
  const faller =
    d.fallerMode === "fromSufficient"
      ? `Daler: een gebied dat in ${d.baseYear} ${classList(d.fallerFromClasses)} scoorde en in ${d.endYear} onder ${classLabel(d.sufficientClass)} (ongeacht de selectie).`
      : `Daler: een van de geselecteerde gebieden dat in ${d.endYear} lager scoort dan in ${d.baseYear}.`;
  const weight =
    d.weight === "inhabitants"
      ? "Gemiddelden en aandelen zijn gewogen naar inwoners (peiljaar gebiedsindeling); gebieden zonder inwonertal wegen niet mee."
      : "Elk gebied telt even zwaar.";
  return {selection: `Selectie: ${selection}.`, riser, faller, weight};
}
