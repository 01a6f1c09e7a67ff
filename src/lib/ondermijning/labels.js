// This theme's display names: one place for the words the page, its charts and its downloads share.
import {SAFETY_MEASURE_LABELS, stedelijkheidLabel} from "../labels.js";
import {ONVEILIGHEID_MEASURE, STEDELIJKHEID} from "../registry.js";
import {STANDARDISATIONS} from "./standardize.js";

/** "Voelt zich weleens onveilig in eigen buurt" (the outcome measure's registry label). */
export const ONVEILIG_LABEL = SAFETY_MEASURE_LABELS[ONVEILIGHEID_MEASURE];

/** @type {Readonly<Record<string, string>>} */
export const STANDARDISATION_LABELS = Object.freeze(Object.fromEntries(STANDARDISATIONS.map((d) => [d.id, d.label])));

/**
 * The index's axis and legend label, which says how the indicators were standardised.
 * @param {string} method "z" or "rank"
 */
export const indexAxisLabel = (method) =>
  method === "z" ? "Index (gewogen gemiddelde z-score)" : "Index (gewogen gemiddeld rangpercentiel)";

/** Column heading of a correlation group: "alle" or the stedelijkheid class number. */
export const correlationGroupLabel = (group) => (group === "all" ? "alle" : String(group));

/** The same group in words, for the chart's text alternative: "Alle" or "1 – Zeer sterk stedelijk". */
export const correlationGroupDescription = (group) => (group === "all" ? "Alle" : stedelijkheidLabel(group));

/** Key to the correlation grid's columns. */
export const STEDELIJKHEID_COLUMNS_NOTE = `Kolommen: alle gemeenten, dan ${STEDELIJKHEID.map((d) => `${d.value} = ${d.label.toLowerCase()}`).join(", ")}. Weinig gemeenten in een klasse geeft een breed interval.`;

/** Terciles of sociale samenhang, by group number (0 = low). */
export const TERCILE_LABELS = Object.freeze(["lage samenhang", "middelste samenhang", "hoge samenhang"]);

/** What the map can show, as the map control offers it. */
export const MAP_CHOICE_LABELS = Object.freeze({
  index: "de ondermijningsindex",
  residu: "het residu (onveiligheid t.o.v. verwachting)",
});
