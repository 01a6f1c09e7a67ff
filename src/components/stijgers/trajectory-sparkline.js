// A small line of an area's total score over all Leefbaarometer years, for table cells. Plain SVG
// (no Plot), because a table can show hundreds of them. A dashed line marks where voldoende begins;
// the base and end year are dots. Missing years leave a gap.
import {svg} from "htl";
import {formatDecimal} from "../../lib/format.js";

/**
 * @param {number[]} years @param {number[]} scores
 * @param {{domainX?: number[], domainY?: number[], threshold?: number, highlight?: number[], width?: number, height?: number, color?: string, label?: string}} [options]
 */
export function trajectorySparkline(
  years,
  scores,
  {domainX, domainY, threshold, highlight = [], width = 110, height = 26, color = "#333", label} = {},
) {
  const points = (years ?? []).map((year, i) => ({year, score: scores?.[i]}));
  const valid = points.filter((p) => p.score != null && Number.isFinite(p.score));
  const [x0, x1] = domainX ?? [points[0]?.year ?? 0, points.at(-1)?.year ?? 1];
  const [y0, y1] = domainY ?? [Math.min(...valid.map((p) => p.score)), Math.max(...valid.map((p) => p.score))];
  const pad = 3;
  const sx = (x) => pad + ((x - x0) / (x1 - x0 || 1)) * (width - 2 * pad);
  const sy = (y) => height - pad - ((y - y0) / (y1 - y0 || 1)) * (height - 2 * pad);
  const segments = [];
  let current = [];
  for (const p of points) {
    if (p.score == null || !Number.isFinite(p.score)) {
      if (current.length) (segments.push(current), (current = []));
    } else current.push(`${sx(p.year).toFixed(1)},${sy(p.score).toFixed(1)}`);
  }
  if (current.length) segments.push(current);
  const dots = valid.filter((p) => highlight.includes(p.year));
  const text = label ?? valid.map((p) => `${p.year}: ${formatDecimal(p.score, 2)}`).join(", ");
  return svg`<svg width=${width} height=${height} viewBox="0 0 ${width} ${height}" role="img" aria-label=${text} class="trajectory-sparkline">
    <title>${text}</title>
    ${
      threshold != null && threshold >= y0 && threshold <= y1
        ? svg`<line x1=${pad} x2=${width - pad} y1=${sy(threshold)} y2=${sy(threshold)} stroke="#888" stroke-dasharray="2,2" stroke-width="1"></line>`
        : null
    }
    ${segments.map((s) => (s.length === 1 ? svg`<circle cx=${s[0].split(",")[0]} cy=${s[0].split(",")[1]} r="1.2" fill=${color}></circle>` : svg`<polyline points=${s.join(" ")} fill="none" stroke=${color} stroke-width="1.3"></polyline>`))}
    ${dots.map((p) => svg`<circle cx=${sx(p.year)} cy=${sy(p.score)} r="2.2" fill=${color}></circle>`)}
  </svg>`;
}
