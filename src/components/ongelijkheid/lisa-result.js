// What the LISA section shows once the clusters are known: the map (made once per result and
// setting), its download and the gemeenten with the most low–low areas; a placeholder before.
import {html} from "htl";
import {downloadButton} from "../download.js";
import {lisaDownload} from "../../lib/ongelijkheid/downloads.js";
import {lisaClusterLabels, lowLowCluster} from "../../lib/ongelijkheid/labels.js";
import {lisaClusterMap} from "./lisa-map.js";
import {lowLowGemeenteTable} from "./ranking-tables.js";

/**
 * @param {any[] | null} clusters the session's clusters (null while running)
 * @param {{session: any, state: any, topology: any, level: string, mode: string, alpha: number, correction: string, weights: string, seed: number, permutations: number, noun: string, provenance: any}} view
 *   session: createLisaSession(…); correction: the correction applied
 */
export function lisaResult(clusters, view) {
  const {session, state, topology, level, mode, alpha, correction, weights, seed, permutations, noun, provenance} =
    view;
  if (!clusters)
    return html`<div id="lisa-map-pending" class="ses-placeholder">
      De kaart verschijnt zodra de clusters berekend zijn.
    </div>`;
  const labels = lisaClusterLabels(mode);
  const lowLow = lowLowCluster(mode);
  const map = session.map(state.result, `${alpha}|${correction}|${mode}|${level}`, () =>
    lisaClusterMap(clusters, {topology, level, labels, lowLow, alpha, correction, noun}),
  );
  return html`<div>
    ${map}
    ${downloadButton(() => lisaDownload(clusters, labels), {filename: `ses-lisa-${mode}-${weights}`, provenance, note: `seed ${seed}, ${permutations} permutaties`})}
    ${lowLowGemeenteTable(clusters, {lowLow, noun})}
  </div>`;
}
