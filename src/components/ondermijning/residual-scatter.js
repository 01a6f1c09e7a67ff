import * as Plot from "@observablehq/plot";
import {accessibleChart, chartCaption, plot} from "../plot-a11y.js";
import {html} from "htl";
import {formatDecimal} from "../../lib/format.js";
import {TERCILE_LABELS} from "../../lib/ondermijning/labels.js";
import {countNoun} from "../../lib/labels.js";
import {isFocus} from "../../lib/ondermijning/focus.js";
import {focusNote} from "./focus-note.js";

const n2 = (x) => formatDecimal(x, 2);
const MAX_NAMES = 8;
const n1 = (x) => formatDecimal(x, 1);
const FOCUS_COLOR = "#1f4e79";

// The chosen gemeente (lib/ondermijning/focus.js) as a thick ring with its name, rank and residual;
// nothing when it is not among `data`.
function focusMarks(data, focus, {fx} = {}) {
  const chosen = data.filter((d) => isFocus(focus, d.code));
  if (!chosen.length) return [];
  return [
    Plot.dot(chosen, {
      fx,
      x: "index",
      y: "onveilig",
      r: 11,
      stroke: FOCUS_COLOR,
      strokeWidth: 3,
      className: "focus-point",
    }),
    Plot.text(chosen, {
      fx,
      x: "index",
      y: "onveilig",
      text: (d) => (fx ? d.name : `${d.name} (${focus.summary})`),
      dy: -18,
      fontSize: 12,
      fontWeight: 700,
      stroke: "white",
      strokeWidth: 4,
      fill: FOCUS_COLOR,
      className: "focus-label",
    }),
  ];
}

/** The sentence about the chosen gemeente for the text alternative, when it is drawn. */
const focusText = (focus, drawn) => (drawn ? ` Uitgelicht: ${focus.name} (${focus.summary}).` : "");

function lineThrough(xs, intercept, slope) {
  const finite = xs.filter(Number.isFinite);
  if (!finite.length || !Number.isFinite(slope)) return [];
  const lo = Math.min(...finite),
    hi = Math.max(...finite);
  return [
    {x: lo, y: intercept + slope * lo},
    {x: hi, y: intercept + slope * hi},
  ];
}

/**
 * Onveiligheid against the index per gemeente, with the regression line; colour is sociale
 * samenhang (soc), labelled residuals are ringed and named. `rows` are the analysed rows.
 */
export function residualScatter(
  rows,
  {regression, labelText = {}, indexLabel = "Ondermijningsindex", focus = null, width = 640, height = 420} = {},
) {
  const focusDrawn = rows.some((d) => isFocus(focus, d.code));
  const line = lineThrough(
    rows.map((d) => d.index),
    regression.intercept,
    regression.slope,
  );
  const labelled = rows.filter((d) => d.label);
  // Every flagged gemeente is ringed; names only for the largest residuals, alternately above and
  // below their dot from left to right, so neighbouring names do not print over each other.
  const named = [...labelled]
    .sort((a, b) => Math.abs(b.standardizedResidual) - Math.abs(a.standardizedResidual))
    .filter((d) => !isFocus(focus, d.code))
    .slice(0, MAX_NAMES)
    .sort((a, b) => a.index - b.index)
    .map((d, i) => ({...d, dy: i % 2 ? 16 : -12}));
  const text =
    `Spreidingsdiagram van ${countNoun(rows.length, "gemeenten")}: ${indexLabel.toLowerCase()} tegen ervaren onveiligheid, kleur naar sociale samenhang. ` +
    `Regressielijn: onveiligheid = ${n2(regression.intercept)} + ${n2(regression.slope)} × index (R² = ${n2(regression.r2)}). ` +
    (labelled.length
      ? `Gemarkeerd: ${labelled.map((d) => `${d.name} (${labelText[d.label] ?? d.label})`).join(", ")}.`
      : "Geen gemeenten gemarkeerd.") +
    focusText(focus, focusDrawn);
  const chart = accessibleChart(
    plot({
      width,
      height,
      grid: true,
      x: {label: `${indexLabel} →`},
      y: {label: "↑ Voelt zich weleens onveilig in eigen buurt (%)"},
      color: {type: "diverging", scheme: "PuOr", pivot: 0, label: "Sociale samenhang (LBM soc)", legend: true},
      ariaLabel: text,
      marks: [
        Plot.line(line, {x: "x", y: "y", stroke: "#222", strokeWidth: 1.5}),
        Plot.dot(rows, {x: "index", y: "onveilig", fill: "soc", stroke: "#555", strokeWidth: 0.5, r: 4}),
        Plot.dot(labelled, {
          x: "index",
          y: "onveilig",
          r: 8,
          stroke: (d) => (d.label === "signsWithoutUnsafety" ? "#0b6e4f" : "#a4161a"),
          strokeWidth: 2,
        }),
        ...[-12, 16].map((dy) =>
          Plot.text(
            named.filter((d) => d.dy === dy),
            {
              x: "index",
              y: "onveilig",
              text: "name",
              dy,
              fontSize: 11,
              fontWeight: 600,
              stroke: "white",
              strokeWidth: 3,
              fill: "#111",
            },
          ),
        ),
        ...focusMarks(rows, focus),
        Plot.tip(
          rows,
          Plot.pointer({
            x: "index",
            y: "onveilig",
            title: (d) =>
              `${d.name}\nindex ${n2(d.index)}\nonveilig ${n1(d.onveilig)}%\nsamenhang ${n2(d.soc)}\nresidu ${n2(d.standardizedResidual)} σ${d.label ? `\n${labelText[d.label] ?? d.label}` : ""}`,
          }),
        ),
      ],
    }),
  );
  return html`<figure class="residual-scatter" id="residual-scatter" data-focus=${focusDrawn ? focus.code : null}>
    ${focus && !focus.analysed ? focusNote(focus) : null}${chart} ${chartCaption(text)}
  </figure>`;
}

/**
 * The same scatter split into terciles of sociale samenhang, each with its own regression line:
 * if samenhang moderates the link, the slopes differ. `slopes` from lib/ondermijning/moderation.js.
 */
export function residualFacets(
  rows,
  {slopes, indexLabel = "Ondermijningsindex", focus = null, width = 640, height = 260} = {},
) {
  const data = rows.filter((d) => d.socTercile != null).map((d) => ({...d, tercile: TERCILE_LABELS[d.socTercile]}));
  const focusDrawn = data.some((d) => isFocus(focus, d.code));
  const lines = slopes.flatMap((s) =>
    lineThrough(
      data.filter((d) => d.socTercile === s.group).map((d) => d.index),
      s.intercept,
      s.slope,
    ).map((p) => ({...p, tercile: TERCILE_LABELS[s.group]})),
  );
  const text = `Drie deelgrafieken naar sociale samenhang. ${slopes
    .map(
      (s) =>
        `${TERCILE_LABELS[s.group]} (soc ${n2(s.mMin)} tot ${n2(s.mMax)}, ${countNoun(s.n, "gemeenten")}): helling ${n2(s.slope)} (95%-interval ${n2(s.lo)} tot ${n2(s.hi)})`,
    )
    .join("; ")}.${focusText(focus, focusDrawn)}`;
  const chart = accessibleChart(
    plot({
      width,
      height,
      grid: true,
      fx: {domain: TERCILE_LABELS, label: null},
      x: {label: `${indexLabel} →`},
      y: {label: "↑ Onveilig (%)"},
      ariaLabel: text,
      marks: [
        Plot.frame({stroke: "#ddd"}),
        Plot.dot(data, {
          fx: "tercile",
          x: "index",
          y: "onveilig",
          r: 2.5,
          fill: "#8fb3de",
          stroke: "#555",
          strokeWidth: 0.4,
        }),
        Plot.line(lines, {fx: "tercile", x: "x", y: "y", stroke: "#222", strokeWidth: 1.5}),
        ...focusMarks(data, focus, {fx: "tercile"}),
        Plot.tip(
          data,
          Plot.pointer({
            fx: "tercile",
            x: "index",
            y: "onveilig",
            title: (d) => `${d.name}\nindex ${n2(d.index)}\nonveilig ${n1(d.onveilig)}%`,
          }),
        ),
      ],
    }),
  );
  return html`<figure class="residual-facets" data-focus=${focusDrawn ? focus.code : null}>
    ${chart} ${chartCaption(text)}
  </figure>`;
}
