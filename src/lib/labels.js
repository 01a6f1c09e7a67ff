// Display names for the registry's codes, in one place: pages, components and downloads all say
// the same thing for the same code.
import {plural} from "./format.js";
import {DIMENSIONS, LBM_CLASSES, SAFETY_MEASURES, SES_MEASURES, SIZE_CLASSES, STEDELIJKHEID} from "./registry.js";

/** "zwak" for 4; the number itself for a class the registry does not know. */
export const classLabel = (value) => LBM_CLASSES.find((c) => c.value === value)?.label ?? String(value);

/** "4 zwak": for controls and axes where the number orders the classes. */
export const numberedClassLabel = (value) => `${value} ${classLabel(value)}`;

/** "zwak, onvoldoende en ruim onvoldoende": classes from high to low, as a sentence. */
export function classListLabel(classes) {
  const labels = [...classes].sort((a, b) => b - a).map(classLabel);
  return labels.length <= 1 ? labels.join("") : `${labels.slice(0, -1).join(", ")} en ${labels.at(-1)}`;
}

/** The total score and the five dimensions. */
export const LBM_MEASURE_LABELS = Object.freeze({
  lbm: "Leefbaarometer totaalscore",
  ...Object.fromEntries(DIMENSIONS.map((d) => [d.id, d.label])),
});

export const SES_MEASURE_LABELS = Object.freeze(Object.fromEntries(SES_MEASURES.map((m) => [m.id, m.label])));

export const SAFETY_MEASURE_LABELS = Object.freeze(Object.fromEntries(SAFETY_MEASURES.map((m) => [m.id, m.label])));

export const sizeClassLabel = (id) => SIZE_CLASSES.find((d) => d.id === id)?.label ?? String(id);

/** "1 – Zeer sterk stedelijk"; "Stedelijkheid onbekend" for an area without one. */
export const stedelijkheidLabel = (value) => {
  if (value == null || value === "") return "Stedelijkheid onbekend";
  const found = STEDELIJKHEID.find((d) => d.value === Number(value));
  return found ? `${found.value} – ${found.label}` : `Stedelijkheid ${value}`;
};

/** Names of the region kinds and groupings, as a heading ("COROP-gebied") and in a sentence ("provincie"). */
export const REGION_KIND_LABELS = Object.freeze({
  provincie: "Provincie",
  corop: "COROP-gebied",
  gemeente: "Gemeente",
  size_class: "Gemeentegrootte",
  stedelijkheid: "Stedelijkheid",
});
export const REGION_KIND_NOUNS = Object.freeze({
  provincie: "provincie",
  corop: "COROP-gebied",
  gemeente: "gemeente",
  size_class: "gemeentegrootte",
  stedelijkheid: "stedelijkheid",
});

/** "buurten" / "wijken" / "gemeenten". */
export const levelNoun = (level) => ({buurt: "buurten", wijk: "wijken", gemeente: "gemeenten"})[level] ?? level;

const SINGULAR = Object.freeze({
  buurten: "buurt",
  wijken: "wijk",
  gemeenten: "gemeente",
  gebieden: "gebied",
  groepen: "groep",
  inwoners: "inwoner",
  resultaten: "resultaat",
});

/** "1 wijk", "12 wijken", "1.294 buurten": a count with the noun in the right number (nouns in the plural). */
export const countNoun = (n, pluralNoun) => plural(n, SINGULAR[pluralNoun] ?? pluralNoun, pluralNoun);
