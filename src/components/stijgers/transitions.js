// The transition matrix as heatmap and as flow, side by side, with the current definition's
// risers and fallers marked.
import {html} from "htl";
import {formatInt} from "../../lib/format.js";
import {groupOf} from "../../lib/stijgers/definition.js";
import {flowChart} from "./flow-chart.js";
import {transitionHeatmap} from "./heatmap.js";

/**
 * @param {any[]} matrix engine.matrix's cells
 * @param {{def: any, baseYear: number, endYear: number, weighted: boolean, width: number, regionText: string, unit: string}} view
 */
export function transitionFigures(matrix, {def, baseYear, endYear, weighted, width, regionText, unit}) {
  const groupOfCell = (start, end) => groupOf(start, end, def);
  // Side by side (two grid columns from 640 px, 1rem apart) only where each chart fits its column;
  // otherwise one above the other. Either way drawn at the width it gets, so text is not scaled down.
  const column = width >= 640 ? Math.floor((width - 16) / 2) : width;
  const paired = column >= 400;
  const size = Math.min(paired ? column : width, 560);
  return html`<div class=${paired ? "grid grid-cols-2 stijgers-pair" : "stijgers-pair"}>
    <figure class="stijgers-figure" id="transition-matrix">
      ${transitionHeatmap(matrix, {groupOf: groupOfCell, baseYear, endYear, weighted, width: size})}
      <figcaption>
        Klasse in ${baseYear} (rijen) tegen klasse in ${endYear} (kolommen), ${regionText}: aantal ${unit} en aandeel
        van de startklasse. Blauw omrand: stijgers, oranje omrand: dalers.
      </figcaption>
    </figure>
    <figure class="stijgers-figure" id="transition-flow">
      ${flowChart(matrix, {groupOf: groupOfCell, baseYear, endYear, weighted, width: size, format: formatInt})}
      <figcaption>
        Dezelfde overgangen als stroom: links de klasse in ${baseYear}, rechts in ${endYear}; de breedte is het aantal
        ${unit}.
      </figcaption>
    </figure>
  </div>`;
}
