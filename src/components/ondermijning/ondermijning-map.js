import * as Plot from "@observablehq/plot";
import {html} from "htl";
import {choropleth} from "../choropleth.js";
import {formatDecimal} from "../../lib/format.js";
import {joinValues} from "../../lib/geo.js";

// 350 gemeenten read well at this size, and the map repaints on every weight change.
const MAP_WIDTH = 480;
const twoDecimals = (x) => formatDecimal(x, 2);

/**
 * The map (#ondermijning-map) of the index for every gemeente in the region selection (also those
 * without a reliable onveiligheid estimate, on the same scale), or of the standardised residual
 * for the analysed gemeenten. `rows` are all analysis rows. The chosen gemeente (`focus`,
 * lib/ondermijning/focus.js) is outlined and named, also where it has no value.
 * @param {{choice: "index" | "residu", rows: any[], features: any[], borders: any, indexLabel: string, method: string, focus?: any}} options
 */
export function ondermijningMap({choice, rows, features, borders, indexLabel, method, focus = null}) {
  const chosen = focus ? features.filter((f) => f.id === focus.code) : [];
  const marks = chosen.length
    ? [
        Plot.geo(chosen, {fill: "none", stroke: "#111", strokeWidth: 2.5, className: "focus-area"}),
        Plot.text(
          chosen,
          Plot.centroid({
            text: () => focus.name,
            dy: -14,
            fontSize: 12,
            fontWeight: 700,
            stroke: "white",
            strokeWidth: 4,
            fill: "#111",
            className: "focus-label",
          }),
        ),
      ]
    : [];
  const map =
    choice === "index"
      ? choropleth(
          joinValues(
            features,
            rows.filter((d) => d.in_selection),
            {value: "index"},
          ),
          {
            label: indexLabel,
            title: "Ondermijningsindex per gemeente",
            subtitle: "ook gemeenten zonder betrouwbare onveiligheidsschatting, op dezelfde schaal",
            color: {type: "diverging", scheme: "RdBu", pivot: method === "z" ? 0 : 0.5, reverse: true},
            borders,
            noun: "gemeenten",
            format: twoDecimals,
            width: MAP_WIDTH,
            marks,
          },
        )
      : choropleth(
          joinValues(
            features,
            rows.filter((d) => d.analysed),
            {value: "standardizedResidual"},
          ),
          {
            label: "Residu (σ)",
            title: "Onveiligheid hoger of lager dan de index doet verwachten",
            subtitle:
              "negatief (groen): minder onveiligheid dan verwacht; positief (rood): meer; gearceerd: niet in de analyse",
            color: {type: "diverging", scheme: "PiYG", pivot: 0, reverse: true},
            borders,
            noun: "gemeenten",
            format: twoDecimals,
            width: MAP_WIDTH,
            marks,
          },
        );
  return html`<div class="ondermijning-map" id="ondermijning-map" data-focus=${chosen.length ? focus.code : null}>
    ${map}
  </div>`;
}
