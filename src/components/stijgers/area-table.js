// The areas table: search box, and one row per riser, faller and rest area with a sparkline of its
// total score over all years.
import {search, table as dutchTable} from "../inputs-nl.js";
import {formatDecimal} from "../../lib/format.js";
import {sufficientScore} from "../../lib/stijgers/area-table.js";
import {trajectory} from "../../lib/stijgers/engine.js";
import {trajectorySparkline} from "./trajectory-sparkline.js";

/** @param {any[]} rows areaTableRows' result */
export function areaSearch(rows) {
  const input = search(rows, {
    placeholder: "Zoek op naam, gemeente of code",
    label: "Zoeken",
    columns: ["name", "gemeente_name", "code", "group"],
  });
  input.id = "area-search";
  return input;
}

/**
 * @param {any[]} rows the rows the search found
 * @param {{scores: any, provenance: any, baseYear: number, endYear: number}} view
 */
export function areaTable(rows, {scores, provenance, baseYear, endYear}) {
  const bound = sufficientScore(provenance);
  // Every sparkline spans the years the data has, so lines of different areas line up.
  const [firstYear, lastYear] = [scores.years[0], scores.years.at(-1)];
  const table = dutchTable(rows, {
    columns: ["name", "gemeente_name", "group", "classes", "d_afw", "dominant", "index"],
    header: {
      name: "Naam",
      gemeente_name: "Gemeente",
      group: "Groep",
      classes: `Klasse ${baseYear} → ${endYear}`,
      d_afw: "Δ afw",
      dominant: "Grootste bijdrage",
      index: `Score ${firstYear}–${lastYear}`,
    },
    format: {
      d_afw: (x) => formatDecimal(x, 3),
      // Trajectories are looked up only for the rows the table shows.
      index: (areaIndex, rowIndex, data) => {
        const t = trajectory(scores, areaIndex);
        // Each line on its own scale that always includes the voldoende bound, so a crossing shows.
        const domainY = [Math.min(bound, ...t.scores) - 0.02, Math.max(bound, ...t.scores) + 0.02];
        return trajectorySparkline(t.years, t.scores, {
          domainX: [firstYear, lastYear],
          domainY,
          threshold: bound,
          highlight: [baseYear, endYear],
          label: `${data[rowIndex].name}: ${t.years.map((y, j) => `${y} ${formatDecimal(t.scores[j], 2)}`).join(", ")}`,
        });
      },
    },
    width: {name: 150, gemeente_name: 130, group: 90, classes: 80, d_afw: 60, dominant: 170, index: 120},
    rows: 14,
    select: false,
  });
  table.id = "area-table";
  table.tabIndex = 0; // a scrolling region must be reachable by keyboard
  return table;
}
