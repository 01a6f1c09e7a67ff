// A quick look at a result: Observable Plot's `auto` mark picks a chart for the chosen columns;
// the reader may pick the mark and the axes.
import * as Plot from "@observablehq/plot";
import * as Inputs from "@observablehq/inputs";
import {html} from "htl";
import {formatTick} from "../../lib/format.js";
import {accessibleChart, plot} from "../plot-a11y.js";

const MARKS = {auto: "Automatisch", dot: "Punten", bar: "Staven", line: "Lijn", area: "Vlak"};
const NONE = "(geen)";

/** Good first axes: the first text column on x and the first numeric one on y, or two numeric ones. */
export function defaultAxes(columns) {
  const numeric = columns.filter((c) => c.numeric).map((c) => c.name);
  const other = columns.filter((c) => !c.numeric).map((c) => c.name);
  if (other.length && numeric.length) return {x: numeric[0], y: other[0]};
  return {x: numeric[0] ?? other[0] ?? NONE, y: numeric[1] ?? NONE};
}

/**
 * @param {{columns: {name: string, numeric: boolean}[], rows: any[]}} result
 * @param {{width?: number, maxRows?: number}} [options]
 */
export function quickChart({columns, rows}, {width = 640, maxRows = 20_000} = {}) {
  const names = [NONE, ...columns.map((c) => c.name)];
  const first = defaultAxes(columns);
  const xInput = Inputs.select(names, {label: "x-as", value: first.x});
  const yInput = Inputs.select(names, {label: "y-as", value: first.y});
  const markInput = Inputs.select(Object.keys(MARKS), {label: "Soort", format: (m) => MARKS[m], value: "auto"});
  const out = html`<div class="werkbank-chart-figure"></div>`;
  const data = rows.slice(0, maxRows);

  function draw() {
    const x = xInput.value === NONE ? undefined : xInput.value;
    const y = yInput.value === NONE ? undefined : yInput.value;
    const mark = markInput.value === "auto" ? undefined : markInput.value;
    if (!x && !y) return out.replaceChildren(html`<p>Kies een kolom voor de x- of y-as.</p>`);
    if (rows.length < 2) return out.replaceChildren(html`<p>Eén rij: daar valt geen grafiek van te maken.</p>`);
    try {
      const chart = plot({
        width,
        marginLeft: 120,
        x: {tickFormat: formatTick},
        y: {tickFormat: formatTick},
        marks: [Plot.auto(data, {x, y, mark})],
      });
      const what = [x && `${x} (x)`, y && `${y} (y)`].filter(Boolean).join(" tegen ");
      const note = rows.length > data.length ? ` (de eerste ${data.length} rijen)` : "";
      out.replaceChildren(accessibleChart(chart, `Grafiek van ${what}${note}`));
    } catch (error) {
      out.replaceChildren(html`<p>Deze keuze geeft geen grafiek: ${error?.message ?? error}</p>`);
    }
  }
  for (const input of [xInput, yInput, markInput]) input.addEventListener("input", draw);
  draw();
  return html`<div class="werkbank-chart">
    <div class="controls">${markInput}${xInput}${yInput}</div>
    ${out}
  </div>`;
}
