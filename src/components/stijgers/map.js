// Map of risers and fallers. Drawing 13,000 buurt outlines takes far longer than the 150 ms a
// control change may cost, so the outlines are drawn once (per level and region) and a change of
// definition only recolours them: `map.update(rows)` with rows {code, grp}.
import {geoMercator, geoPath} from "d3-geo";
import {html} from "htl";
import {featuresOf, meshOf} from "../../lib/geo.js";
import {GROUPS} from "../../lib/stijgers/definition.js";
import {exportableChart} from "../chart-export.js";
import {GROUP_COLORS} from "./colors.js";

const SVG_NS = "http://www.w3.org/2000/svg";
const MISSING_FILL = "url(#transition-map-missing)";
const integer = new Intl.NumberFormat("nl-NL");
let updates = 0; // page-wide, so a redrawn map never repeats an earlier stamp

function element(name, attributes = {}) {
  const node = document.createElementNS(SVG_NS, name);
  for (const [key, value] of Object.entries(attributes)) node.setAttribute(key, value);
  return node;
}

/**
 * features: GeoJSON features (id = area code) of the level, limited to the region.
 * Options: width, maxHeight, borders (GeoJSON lines drawn on top, e.g. gemeente borders), noun
 * ("buurten"), names (Map code → name, for the hover line), indexOf (code → area index, for
 * updateByIndex).
 * `map.update(rows)` takes rows {code, grp}; `map.updateByIndex(groups)` takes one group number
 * per area index (0 stijger, 1 daler, 2 rest, 3 overig, 255 none), which avoids building
 * 13,000 row objects on every change.
 * @param {any[]} features
 * @param {{width?: number, maxHeight?: number, borders?: any, noun?: string, names?: Map<string, string>, indexOf?: (code: string) => number | undefined}} [options]
 */
export function transitionMap(
  features,
  {width = 640, maxHeight = 640, borders, noun = "gebieden", names = new Map(), indexOf} = {},
) {
  const collection = {type: "FeatureCollection", features};
  const projection = geoMercator()
    .precision(0)
    .fitExtent(
      [
        [1, 1],
        [width - 1, maxHeight - 1],
      ],
      collection,
    );
  const path = geoPath(projection);
  const [[left, top], [right, bottom]] = path.bounds(collection);
  // Trim the unused margin of the fitted box, so a tall country does not leave empty space.
  width = Math.max(120, Math.ceil(right - left) + 2);
  const height = Math.max(120, Math.ceil(bottom - top) + 2);
  const [tx, ty] = projection.translate();
  projection.translate([tx - left + 1, ty - top + 1]);

  const root = element("svg", {
    width,
    height,
    viewBox: `0 0 ${width} ${height}`,
    role: "img",
    class: "transition-map-svg",
  });
  const defs = element("defs");
  const pattern = element("pattern", {
    id: "transition-map-missing",
    patternUnits: "userSpaceOnUse",
    width: 5,
    height: 5,
    patternTransform: "rotate(45)",
  });
  pattern.append(
    element("rect", {width: 5, height: 5, fill: "#f4f4f4"}),
    element("line", {x1: 0, y1: 0, x2: 0, y2: 5, stroke: "#9a9a9a", "stroke-width": 1}),
  );
  defs.append(pattern);
  root.append(defs);
  const layer = element("g", {stroke: features.length > 2000 ? "none" : "#fff", "stroke-width": 0.3});
  const paths = new Map();
  const fills = new Map();
  for (const f of features) {
    const d = path(f);
    if (!d) continue;
    const p = element("path", {d, fill: MISSING_FILL, "data-code": f.id});
    paths.set(f.id, p);
    layer.append(p);
  }
  root.append(layer);
  if (borders)
    root.append(
      element("path", {d: path(borders), fill: "none", stroke: "#fff", "stroke-width": 0.8, "stroke-opacity": 0.9}),
    );

  const legend = html`<div class="transition-map-legend"></div>`;
  const caption = html`<figcaption></figcaption>`;
  const hover = html`<p class="transition-map-hover" aria-live="polite">Wijs een gebied aan voor naam en groep.</p>`;
  const figure = exportableChart(html`<figure class="transition-map">${legend}${root}${hover}${caption}</figure>`);
  let groups = new Map();

  root.addEventListener("pointermove", (event) => {
    const code = event.target?.dataset?.code;
    if (!code) return;
    const group = GROUPS.find((g) => g.id === groups.get(code));
    hover.textContent = `${names.get(code) ?? code} (${code}): ${group ? group.label.toLowerCase() : "geen volledige scores"}`;
  });

  const pathList = [...paths];
  const pathIndex = indexOf ? pathList.map(([code]) => indexOf(code) ?? -1) : null;

  function recolor(groupAt) {
    const counts = Object.fromEntries(GROUPS.map((g) => [g.id, 0]));
    let missing = 0;
    // Only areas whose group changed are touched: most keep theirs when a definition changes.
    pathList.forEach(([code, p], j) => {
      const g = groupAt(code, j);
      if (g) counts[g] += 1;
      else missing += 1;
      const fill = g ? GROUP_COLORS[g] : MISSING_FILL;
      if (fills.get(p) !== fill) (fills.set(p, fill), p.setAttribute("fill", fill));
    });
    const swatch = (fill, text) =>
      html`<span class="transition-map-key"
        ><svg width="14" height="14" aria-hidden="true">
          <rect width="14" height="14" fill=${fill} stroke="#777"></rect></svg
        >${text}</span
      >`;
    legend.replaceChildren(
      ...GROUPS.map((g) => swatch(GROUP_COLORS[g.id], `${g.label} (${integer.format(counts[g.id])})`)),
      ...(missing
        ? [
            html`<span class="transition-map-key"
              ><svg width="14" height="14" aria-hidden="true">
                <rect width="14" height="14" fill="#f4f4f4" stroke="#777"></rect>
                <line x1="0" y1="14" x2="14" y2="0" stroke="#777"></line></svg
              >Geen volledige scores (${integer.format(missing)})</span
            >`,
          ]
        : []),
    );
    const text = `Kaart van ${integer.format(paths.size)} ${noun}: ${GROUPS.map((g) => `${integer.format(counts[g.id])} ${g.label.toLowerCase()}`).join(", ")}${missing ? `, ${integer.format(missing)} zonder volledige scores` : ""}.`;
    root.setAttribute("aria-label", text);
    caption.textContent = text;
    figure.dataset.counts = JSON.stringify(counts);
    figure.dataset.updated = String(++updates);
    return figure;
  }

  figure.update = (rows) => {
    groups = new Map(rows.map((r) => [r.code, r.grp]));
    return recolor((code) => groups.get(code));
  };
  figure.updateByIndex = (groupNumbers) => {
    if (!pathIndex) throw new Error("transitionMap: updateByIndex needs the indexOf option");
    groups = {get: (code) => GROUPS[groupNumbers[indexOf(code)]]?.id};
    return recolor((code, j) => GROUPS[groupNumbers[pathIndex[j]]]?.id);
  };
  return figure;
}

/**
 * The map of the region's areas (regionMapAreas in lib/stijgers/map-areas.js), drawn at a fixed
 * size and scaled by CSS, so a change of page width does not redraw 13,000 outlines. Large
 * regions get gemeente borders, since their buurten are drawn without outlines.
 * @param {any} topology @param {{codes: Set<string>, names: Map<string, string>, indexOf: (code: string) => number | undefined}} areas
 * @param {{level: string, noun: string}} options
 */
export function regionTransitionMap(topology, {codes, names, indexOf}, {level, noun}) {
  const view = transitionMap(
    featuresOf(topology, level).filter((f) => codes.has(f.id)),
    {
      width: 760,
      borders: codes.size > 2000 ? meshOf(topology, "gemeente", (a, b) => a !== b) : undefined,
      noun,
      names,
      indexOf,
    },
  );
  view.id = "transition-map";
  return view;
}
