import * as Plot from "@observablehq/plot";
import {geoMercator} from "d3-geo";
import {html, svg} from "htl";
import {describeMap, summarize} from "../lib/geo.js";
import {fitMercator, lonLatBounds, mercatorAspect, mercatorInvert} from "../lib/mercator.js";
import {GeoCanvas, geometryBounds, projectShapes} from "./geo-canvas.js";
import {accessibleChart, chartCaption, fitWidth, plot} from "./plot-a11y.js";

const MISSING_TEXT = "geen gegevens";
const isMissing = (v) => v == null || (typeof v === "number" && Number.isNaN(v));
const number = new Intl.NumberFormat("nl-NL", {maximumFractionDigits: 2});
const defaultFormat = (v) => (typeof v === "number" ? number.format(v) : String(v));

let uid = 0;

function missingSwatch(id) {
  return html`<span class="choropleth-missing">
    <svg width="15" height="15" aria-hidden="true">
      <defs>
        ${svg`<pattern id=${id} patternUnits="userSpaceOnUse" width="6" height="6" patternTransform="rotate(45)">
        <rect width="6" height="6" fill="#eeeeee"></rect>
        <line x1="0" y1="0" x2="0" y2="6" stroke="#6f6f6f" stroke-width="1.5"></line>
      </pattern>`}
      </defs>
      <rect width="15" height="15" fill=${`url(#${id})`} stroke="#6f6f6f"></rect>
    </svg>
    ${MISSING_TEXT}
  </span>`;
}

// accessibleChart removes the marks' labels once; the tip re-renders on every pointer move, so its
// label is removed in its render function.
function withoutAriaLabel(index, scales, values, dimensions, context, next) {
  const g = next(index, scales, values, dimensions, context);
  g?.removeAttribute?.("aria-label");
  return g;
}

function defaultColor(color, numeric) {
  const chosen = color.scheme ?? color.range ?? color.interpolate ?? color.type;
  return chosen === undefined && numeric ? {scheme: "ylgnbu", ...color} : color;
}

/**
 * A choropleth of GeoJSON features (see lib/geo.js featuresOf and joinValues), e.g.
 * `choropleth(joinValues(featuresOf(topology, "buurt"), rows, {value: "lbm"}), {label: "Score"})`.
 * Areas with a missing value are hatched and listed as "geen gegevens" beside the legend.
 * Areas are painted on a canvas with cached shapes and the tooltip uses one pointer listener,
 * so 13,000 buurten re-render quickly. The figcaption and aria-label describe the map in words.
 * Options: value, name (tooltip heading), color (Plot color scale options), label, format,
 * title, subtitle, caption, domain or projection: {domain} (GeoJSON the Mercator projection is
 * fitted to; default all features), borders (GeoJSON lines drawn on top, e.g.
 * meshOf(topology, "gemeente")), stroke (colour of lines between areas; default white below
 * 2,000 areas, null = none), noun, width, height, aspect (height ÷ width of a fixed frame the
 * areas are fitted into, instead of a height that follows their extent), and other Plot.plot
 * options (extra `marks` use the same projection, in lon/lat).
 */
export function choropleth(
  features,
  {
    value = (d) => d.value,
    name = (d) => d.name ?? d.properties?.name ?? d.id,
    color = {},
    label = "Waarde",
    format = defaultFormat,
    title,
    subtitle,
    caption,
    projection,
    domain = projection?.domain,
    borders,
    stroke,
    noun = "gebieden",
    width = 640,
    height,
    aspect,
    inset = 4,
    marks = [],
    ...options
  } = {},
) {
  if (projection != null && (typeof projection !== "object" || (projection.type ?? "mercator") !== "mercator")) {
    throw new Error('choropleth tekent in Mercator; geef alleen {domain} of {type: "mercator", domain} als projection');
  }
  features = Array.isArray(features) ? features : (features?.features ?? []);
  const values = features.map((d, i) => value(d, i));
  const present = [];
  const missing = [];
  values.forEach((v, i) => (isMissing(v) ? missing : present).push(i));
  const stats = summarize(features, (d, i) => values[i]);
  const text = describeMap(stats, {label, format, noun});
  if (stroke === undefined) stroke = features.length > 2000 ? null : "white";

  const geometries = features.map((d) => d.geometry);
  const bounds = (domain
    ? lonLatBounds(domain.type === "FeatureCollection" ? domain.features : [domain])
    : geometryBounds(geometries)) ?? [
    [3.3, 50.7],
    [7.3, 53.6],
  ];
  width = fitWidth(width);
  height ??= Math.round((width - 2 * inset) * (aspect ?? mercatorAspect(bounds))) + 2 * inset;
  const fit = fitMercator(bounds, [
    [inset, inset],
    [width - inset, height - inset],
  ]);
  const plotProjection = geoMercator().scale(fit.scale).translate(fit.translate).precision(0);

  // Tooltip anchors: the centroid of each area's largest ring, back in lon/lat for Plot.
  const invert = mercatorInvert(fit);
  const anchors = projectShapes(geometries, fit).map((s) => (s.centroid ? invert(...s.centroid) : [NaN, NaN]));

  const chart = plot({
    width,
    height,
    margin: 0,
    projection: plotProjection,
    // The legend is drawn beside the "geen gegevens" swatch below, not by Plot.plot.
    color: {...defaultColor(color, stats.numeric), label, legend: false},
    ariaLabel: text,
    ...options,
    marks: [
      new GeoCanvas(geometries, {present, fill: present.map((i) => values[i]), fit, borders, outline: stroke}),
      ...marks,
      Plot.tip(
        features,
        Plot.pointer({
          x: anchors.map((a) => a[0]),
          y: anchors.map((a) => a[1]),
          // The title channel holds indexes; the text is made only for the area under the pointer.
          title: features.map((d, i) => i),
          format: {
            title: (i) => `${name(features[i])}\n${label}: ${isMissing(values[i]) ? MISSING_TEXT : format(values[i])}`,
          },
          render: withoutAriaLabel,
        }),
      ),
    ],
  });
  accessibleChart(chart, text);

  // Legend ticks in the reader's notation (0,2 rather than 0.2) unless the page chose a format.
  const tickFormat = color.tickFormat ?? (stats.numeric ? format : undefined);
  const legend = present.length ? chart.legend("color", {label, tickFormat}) : null;
  const figure = html`<figure class="choropleth">
    ${title != null ? html`<h2>${title}</h2>` : null} ${subtitle != null ? html`<h3>${subtitle}</h3>` : null}
    <div class="choropleth-legend">
      ${legend}${missing.length ? missingSwatch(`choropleth-missing-${++uid}`) : null}
    </div>
    ${chart} ${chartCaption(text, {prefix: caption})}
  </figure>`;
  figure.scale = chart.scale.bind(chart);
  figure.legend = chart.legend.bind(chart);
  return figure;
}
