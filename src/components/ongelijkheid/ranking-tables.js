// Rankings as tables: the strongest and weakest regions and the gemeenten with the largest
// low–low and low-status-above-the-cut shares (each pair side by side), and the gemeenten with the
// most areas in a low–low LISA cluster.
import {html} from "htl";
import {formatDecimal, formatInt, formatInterval, formatPercent} from "../../lib/format.js";
import {gemeentenByLowLow} from "../../lib/ongelijkheid/lisa-clusters.js";
import {rankByHighLbmLowSes} from "../../lib/ongelijkheid/quadrant.js";
import {emptyState} from "../output-state.js";
import {simpleTable} from "../simple-table.js";

/**
 * The ten regions with the strongest and the ten with the weakest correlation after shrinkage
 * (#ses-region-list; data-shrunk on every row's first cell for tests).
 * @param {{label: string, r: number, shrunk: number | null, shrunkLower: number | null, shrunkUpper: number | null, n: number}[]} rows rankRegions(…).rows, strongest first
 * @param {{regionLabel: string, noun: string}} view regionLabel: the heading of the name column
 */
export function regionRankingTables(rows, {regionLabel, noun}) {
  const columns = [
    {key: "label", label: regionLabel},
    {key: "shrunk", label: "r na krimp", format: (x) => formatDecimal(x, 2), align: "right"},
    {
      key: (d) => [d.shrunkLower, d.shrunkUpper],
      label: "95%-interval",
      format: (x) => formatInterval(x),
      align: "right",
    },
    {key: "r", label: "r gemeten", format: (x) => formatDecimal(x, 2), align: "right"},
    {key: "n", label: noun, format: formatInt, align: "right"},
  ];
  return html`<div id="ses-region-list">
    <p class="kpi-note">
      Gerangschikt naar de correlatie na krimp naar het gemiddelde van alle regio's (empirisch Bayes, Fisher-z): een
      kleine regio met een toevallig uitschieter komt zo niet bovenaan. Overlappende intervallen betekenen dat de
      volgorde onzeker is.
    </p>
    <div class="ses-two-tables">
      ${simpleTable(rows.slice(0, 10), {columns, caption: "Sterkste samenhang"})}
      ${simpleTable(rows.slice(-10).reverse(), {columns, caption: "Zwakste samenhang"})}
    </div>
  </div>`;
}

/**
 * The gemeente with the largest low–low share, or why there is none (#ses-top-share).
 * @param {any[]} shares quadrantShares rows (by low–low share)
 * @param {{minAreas: number, noun: string}} view
 */
export function topShareNote(shares, {minAreas, noun}) {
  const top = shares[0];
  return top
    ? html`<p id="ses-top-share" data-value=${top.share_low_low} data-code=${top.code}>
        Hoogste aandeel laag–laag: <strong>${top.name}</strong>, ${formatPercent(top.share_low_low, 0)}
        (${formatInt(top.low_low)} van ${formatInt(top.areas)} ${noun}; SES-grens ${formatDecimal(top.ses_cut, 3)}).
      </p>`
    : html`<p id="ses-top-share">Geen gemeente met minstens ${minAreas} ${noun} met beide scores.</p>`;
}

/**
 * The fifteen gemeenten with the largest low–low share and the fifteen with the largest share of
 * low-status areas above the LBM cut (#ses-quadrant-tables).
 * @param {any[]} shares quadrantShares rows (by low–low share)
 * @param {string} noun
 */
export function quadrantShareTables(shares, noun) {
  if (!shares.length)
    return emptyState(`Geen gemeente in de selectie heeft genoeg ${noun} met beide scores voor een aandeel.`, {
      id: "ses-quadrant-tables",
    });
  const highLowShares = rankByHighLbmLowSes(shares);
  const columns = (key, count) => [
    {key: "name", label: "Gemeente"},
    {key, label: "Aandeel", format: (x) => formatPercent(x, 0), align: "right"},
    {key: count, label: noun, format: formatInt, align: "right"},
    {key: "areas", label: "van", format: formatInt, align: "right"},
  ];
  return html`<div class="ses-two-tables" id="ses-quadrant-tables">
    ${simpleTable(shares.slice(0, 15), {columns: columns("share_low_low", "low_low"), caption: "Aandeel laag–laag (lage status, lage leefbaarheid)"})}
    ${simpleTable(highLowShares.slice(0, 15), {columns: columns("share_high_lbm_low_ses", "high_lbm_low_ses"), caption: "Aandeel lage status met leefbaarheid boven de grens"})}
  </div>`;
}

/**
 * The ten gemeenten with the most areas in a low–low LISA cluster.
 * @param {{gemeente_code: string, gemeente_name: string, cluster: number}[]} clusters lisaClusters
 * @param {{lowLow: number, noun: string}} view lowLow: lowLowCluster(mode)
 */
export function lowLowGemeenteTable(clusters, {lowLow, noun}) {
  return simpleTable(gemeentenByLowLow(clusters, lowLow), {
    caption: `Gemeenten met de meeste ${noun} in een laag–laag-cluster`,
    columns: [
      {key: "name", label: "Gemeente"},
      {key: "lowLow", label: "in laag–laag-cluster", format: formatInt, align: "right"},
      {key: "areas", label: noun, format: formatInt, align: "right"},
    ],
  });
}
