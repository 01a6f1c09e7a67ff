// How many buurten of the selection are at the target now, and would be if every buurt changed
// like the median, 75th and 90th percentile of the buurten that started in its class.
import {kpi, kpiGrid} from "../kpi.js";
import {formatInt, formatPercent} from "../../lib/format.js";
import {classLabel} from "../../lib/labels.js";

const ORDINAL = {50: "de mediaan", 75: "het 75e percentiel", 90: "het 90e percentiel"};

/**
 * @param {{total: number, scored: number, now: number, byPercentile: {percentile: number, reached: number, unknown: number}[]}} reach
 * @param {{targetClass: number, baseYear: number, endYear: number}} options
 */
export function reachKpis(reach, {targetClass, baseYear, endYear}) {
  const of = (n) => `van ${formatInt(reach.scored)} buurten met een score (${formatPercent(n / reach.scored)})`;
  return kpiGrid(
    kpi({
      id: "scenario-now",
      title: `Nu ${classLabel(targetClass)} of beter`,
      value: reach.now,
      format: formatInt,
      note: of(reach.now),
    }),
    ...reach.byPercentile.map(({percentile, reached, unknown}) => {
      const p = Math.round(percentile * 100);
      return kpi({
        id: `scenario-p${p}`,
        title: `Bij verandering als ${ORDINAL[p] ?? `percentiel ${p}`}`,
        value: reached,
        format: formatInt,
        data: {unknown},
        note: `${of(reached)}, als elke buurt veranderde zoals ${ORDINAL[p] ?? `percentiel ${p}`} van de buurten met
          dezelfde startklasse in ${baseYear}–${endYear}${unknown ? `; ${formatInt(unknown)} zonder vergelijking` : ""}.`,
      });
    }),
  );
}
