// The page's downloads: one column list per file, with Dutch headers, units and the precision
// the page shows (score changes in afw units to 4 decimals, shares as percentages to 1 decimal).
import {downloadRows} from "../download-table.js";
import {classLabel} from "../labels.js";
import {DIMENSIONS} from "../registry.js";

const GROUP_LABELS = {stijger: "Stijgers", daler: "Dalers", rest: "Overige", landelijk: "Landelijk", regio: "Regio"};
const scoreChange = (prefix = "") => [
  {key: `${prefix}afw`, header: "Verandering totaalscore afw (afw-punten)", digits: 4},
  ...DIMENSIONS.map((d) => ({key: `${prefix}${d.id}`, header: `Verandering ${d.label} (afw-punten)`, digits: 4})),
];
const classColumn = (key, header) => ({
  key,
  header,
  value: (r) => (r[key] == null ? "alle" : `${r[key]} ${classLabel(r[key])}`),
});

/** The decomposition: mean change per dimension for each group, overall and per start class. */
export const decompositionDownload = (rows) =>
  downloadRows(rows, [
    {key: "grp", header: "Groep", value: (r) => GROUP_LABELS[r.grp] ?? r.grp},
    classColumn("start_class", "Startklasse"),
    {key: "n", header: "Gebieden (aantal)"},
    {key: "weight", header: "Inwoners (gewicht)", digits: 0},
    ...scoreChange(),
  ]);

/** The transition matrix with row shares (`withRowShares`). */
export const transitionDownload = (cells, {weighted = false} = {}) =>
  downloadRows(cells, [
    classColumn("start_class", "Startklasse"),
    classColumn("end_class", "Eindklasse"),
    {key: "n", header: "Gebieden (aantal)"},
    {key: "weight", header: "Inwoners (aantal)", digits: 0},
    {key: "share", header: `Aandeel van de startklasse (%${weighted ? ", naar inwoners" : ""})`, scale: 100, digits: 1},
  ]);

/**
 * The areas table with every year's total score (`areaDownloadRows`).
 * @param {Record<string, any>[]} rows @param {number[]} years
 */
export const areaDownload = (rows, years) =>
  downloadRows(rows, [
    {key: "code", header: "Code"},
    {key: "name", header: "Naam"},
    {key: "gemeente_name", header: "Gemeente"},
    {key: "grp", header: "Groep", value: (r) => GROUP_LABELS[r.grp] ?? r.grp},
    classColumn("start_class", "Startklasse"),
    classColumn("end_class", "Eindklasse"),
    {key: "start_lbm", header: "Totaalscore beginjaar", digits: 4},
    {key: "end_lbm", header: "Totaalscore eindjaar", digits: 4},
    ...scoreChange("d_"),
    {key: "inhabitants", header: "Inwoners (aantal)"},
    ...years.map((y) => ({key: `lbm_${y}`, header: `Totaalscore ${y}`, digits: 4})),
  ]);

/** Risers and fallers per region, size class or stedelijkheid (`breakdownShareRows`). */
export const breakdownDownload = (rows, {by, weighted = false}) =>
  downloadRows(rows, [
    {key: "label", header: by},
    {key: "selected", header: `Geselecteerd (${weighted ? "inwoners" : "gebieden"})`, digits: 0},
    {key: "risers", header: `Stijgers (${weighted ? "inwoners" : "gebieden"})`, digits: 0},
    {key: "riserShare", header: "Stijgers (%)", scale: 100, digits: 1},
    {key: "fallerBase", header: `Konden dalen (${weighted ? "inwoners" : "gebieden"})`, digits: 0},
    {key: "fallers", header: `Dalers (${weighted ? "inwoners" : "gebieden"})`, digits: 0},
    {key: "fallerShare", header: "Dalers (%)", scale: 100, digits: 1},
  ]);

/** Counts under other definitions (`sensitivity`). */
export const sensitivityDownload = (rows) =>
  downloadRows(rows, [
    {key: "series", header: "Definitie"},
    {key: "parameter", header: "k of klasse"},
    {key: "n", header: "Gebieden (aantal)"},
    {key: "weight", header: "Inwoners (aantal)", digits: 0},
    {key: "base", header: "Basis (gebieden)"},
    {key: "share", header: "Aandeel (%)", scale: 100, digits: 1},
    {key: "current", header: "Huidige instelling", value: (r) => (r.current ? "ja" : "nee")},
  ]);
