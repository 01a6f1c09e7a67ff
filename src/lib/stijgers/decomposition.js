// The change in afw split over the five dimensions, per group: combining start classes, ranking
// the dimensions, and the sentences that state which dimension contributed most. Works on the
// rows of decompositionQuery (one mean per dimension, weighted by `weight`).
import {DIMENSIONS} from "../registry.js";
import {formatDecimal, formatInt, formatPercent} from "../format.js";
import {classLabel} from "../labels.js";
import {tooFew} from "../min-n.js";

const SCORES = ["afw", ...DIMENSIONS.map((d) => d.id)];

/**
 * Rows for one group: the overall row (start_class null) or, with classes, those start classes combined.
 * @param {any[]} rows @param {string} grp @param {number[] | null} [classes]
 */
export function groupMeans(rows, grp, classes = null) {
  if (!classes) return rows.find((r) => r.grp === grp && r.start_class == null) ?? empty(grp, null);
  const parts = rows.filter((r) => r.grp === grp && r.start_class != null && classes.includes(r.start_class));
  return combine(parts, grp, classes);
}

function empty(grp, classes) {
  return {grp, classes, n: 0, weight: 0, ...Object.fromEntries(SCORES.map((c) => [c, null]))};
}

/** Weighted mean of means: exact, because each part's mean carries its summed weight. */
export function combine(parts, grp, classes) {
  const out = empty(grp, classes);
  for (const p of parts) {
    out.n += p.n;
    out.weight += p.weight ?? 0;
  }
  if (!(out.weight > 0)) return out;
  for (const c of SCORES) out[c] = parts.reduce((sum, p) => sum + (p.weight > 0 ? p[c] * p.weight : 0), 0) / out.weight;
  return out;
}

/**
 * The dimensions ordered by how much they moved afw in the direction it moved (largest gain
 * first when afw rose, largest loss first when it fell), each with its share of the change.
 * @returns {{id: string, label: string, value: number, share: number | null}[]}
 */
export function rankDimensions(row) {
  if (row == null || row.afw == null) return [];
  const direction = row.afw < 0 ? -1 : 1;
  return DIMENSIONS.map((d) => ({
    id: d.id,
    label: d.label,
    value: row[d.id],
    share: row.afw === 0 ? null : row[d.id] / row.afw,
  }))
    .filter((d) => d.value != null)
    .sort((a, b) => direction * (b.value - a.value) || a.id.localeCompare(b.id));
}

/**
 * The dimension whose mean change moved the group's mean afw furthest in the direction afw moved
 * (null when there is no change to explain). Compare mainContributorLabelOfArea (area-table.js),
 * which does the same for one area's own changes.
 */
export function mainContributorOfGroup(row) {
  const [top] = rankDimensions(row);
  return top && top.value * (row.afw < 0 ? -1 : 1) > 0 ? top : null;
}

const signed = (x) => `${x > 0 ? "+" : x < 0 ? "−" : ""}${formatDecimal(Math.abs(x), 3)}`;
const lower = (s) => s.charAt(0).toLowerCase() + s.slice(1);

/** "zwak of onvoldoende" for [3, 4]. */
export function classesLabel(classes) {
  const labels = [...classes].sort((a, b) => b - a).map(classLabel);
  return labels.length <= 1 ? labels.join("") : `${labels.slice(0, -1).join(", ")} of ${labels.at(-1)}`;
}

/**
 * A Dutch sentence on which dimension contributed most, computed from the row, e.g.
 * "Bij stijgers uit zwak of onvoldoende (312 gebieden) steeg afw gemiddeld met +0,214;
 * Overlast en onveiligheid droeg het meest bij (+0,150, 70%), gevolgd door Sociale samenhang (+0,021, 10%)."
 */
export function findingSentence(subject, row, {weighted = false, noun = "gebieden"} = {}) {
  if (!row || row.n === 0 || row.afw == null) return `${subject}: geen ${noun} bij deze instellingen.`;
  const count = `${formatInt(row.n)} ${row.n === 1 ? noun.replace(/en$/, "") : noun}${weighted ? ", gewogen naar inwoners" : ""}`;
  const verb = row.afw > 0 ? "steeg" : row.afw < 0 ? "daalde" : "bleef";
  const change = row.afw === 0 ? "afw gemiddeld gelijk" : `afw gemiddeld met ${signed(row.afw)}`;
  const top = mainContributorOfGroup(row);
  if (!top) return `${subject} (${count}) ${verb} ${change}.`;
  const ranked = rankDimensions(row);
  const second = ranked[1] && ranked[1].value * Math.sign(row.afw) > 0 ? ranked[1] : null;
  const part = (d) => `${signed(d.value)}, ${formatPercent(d.share)}`;
  return `${subject} (${count}) ${verb} ${change}; ${lower(top.label)} droeg het meest bij (${part(top)})${
    second ? `, gevolgd door ${lower(second.label)} (${part(second)})` : ""
  }.`;
}

/** The report's findings, as groups of the decomposition and the dimension(s) it named. */
export const REPORT_FINDINGS = [
  {
    id: "risers-weak",
    grp: "stijger",
    classes: [3, 4],
    expected: ["onv"],
    text: "stijgers uit zwak/onvoldoende vooral door overlast en onveiligheid",
  },
  {
    id: "risers-lowest",
    grp: "stijger",
    classes: [1],
    expected: ["won", "soc"],
    text: "stijgers uit zeer onvoldoende vooral door woningvoorraad, met sociale samenhang",
  },
  {id: "national", grp: "landelijk", classes: null, expected: ["vrz"], text: "landelijk vooral door voorzieningen"},
];

/**
 * Each report finding checked against the data: the group's means, the main contributor
 * (`dominant`), and whether it matches (the first named dimension leads; a second named one is
 * among the top two).
 * @param {any[]} rows @param {{startClasses?: number[] | null, findings?: any[]}} [options]
 */
export function checkFindings(rows, {startClasses = null, findings = REPORT_FINDINGS} = {}) {
  return findings.map((f) => {
    const classes = f.classes && startClasses ? f.classes.filter((c) => startClasses.includes(c)) : f.classes;
    const row = groupMeans(rows, f.grp, classes);
    const top = mainContributorOfGroup(row);
    const topTwo = rankDimensions(row)
      .slice(0, 2)
      .map((d) => d.id);
    // A group of a few areas does not settle which dimension contributed most (registry MINIMUM_N).
    const shortfall = row.n > 0 ? tooFew("riserFinding", row.n) : null;
    const available = row.n > 0 && top != null && !shortfall;
    const matches = available && top.id === f.expected[0] && f.expected.slice(1).every((id) => topTwo.includes(id));
    const subject = f.classes
      ? `Bij stijgers uit ${classes.length ? classesLabel(classes) : classesLabel(f.classes)}`
      : "Landelijk";
    return {...f, classes, subject, row, dominant: top, available, matches, shortfall};
  });
}

/**
 * The report's findings checked against the rows (none without a definition), and the fallers'
 * main contributor, which the report did not state but the page does.
 * @param {any[]} rows @param {{startClasses: number[]} | null} def
 */
export function decompositionFindings(rows, def) {
  const report = def ? checkFindings(rows, {startClasses: def.startClasses}) : [];
  const row = groupMeans(rows, "daler");
  return {report, fallers: {subject: "Bij dalers", row, dominant: mainContributorOfGroup(row)}};
}
