// The lines that say how the background computations (bootstrap, LISA) are getting on.
import {html} from "htl";
import {formatDecimal, formatInt, formatInterval} from "../../lib/format.js";
import {pearson} from "../../lib/stats/correlation.js";
import {countNoun} from "../../lib/labels.js";

/**
 * The bootstrap interval of the headline correlation, or why there is none (#ses-bootstrap).
 * @param {any} state the bootstrap scheduler's state
 * @param {{replicates: number, seed: number}} settings
 */
export function bootstrapNote(state, {replicates, seed}) {
  return html`<p id="ses-bootstrap" data-status=${state.status}>
    ${
      state.status === "none"
        ? "Voor ongewogen Pearson is het Fisher-z-interval exact genoeg; een bootstrap is niet nodig."
        : state.status === "running"
          ? `Bootstrapinterval (${formatInt(replicates)} trekkingen) wordt op de achtergrond berekend…`
          : state.status === "error"
            ? `Bootstrap mislukt: ${state.error.message}`
            : html`Percentiel-bootstrap (${formatInt(state.result.replicates)} trekkingen, seed ${seed}): 95%-interval
                <strong>${formatInterval([state.result.lower, state.result.upper])}</strong>.`
    }
  </p>`;
}

/**
 * The LISA run: progress while running, else its time, what it rested on and the global Moran's I
 * (#lisa-status, data-ms: the time from the start of the run to its result; #lisa-global with
 * data-value and data-p), and for the bivariate variant how to read it.
 * @param {any} state the LISA session's state
 * @param {{input: {x: ArrayLike<number>, y: ArrayLike<number>, summary: {mean: number, islands: number}, dropped: number}, progress: Element, permutations: number, noun: string, selected: number, mode: string}} view
 *   selected: the areas of the selection
 */
export function lisaStatus(state, {input, progress, permutations, noun, selected, mode}) {
  const {x, y, summary, dropped} = input;
  const r = mode === "bivariate" ? pearson(x, y).r : NaN;
  const over =
    selected < x.length
      ? `${formatInt(selected)} ${noun} in de selectie, berekend met hun buren over alle ${formatInt(x.length)} ${noun} van het land`
      : `${formatInt(x.length)} ${noun}`;
  const result = state.result;
  return html`<div
    id="lisa-status"
    data-status=${state.status}
    data-ms=${state.ms ?? ""}
    data-worker-ms=${state.workerMs ?? ""}
  >
    <p>
      ${
        state.status === "running"
          ? html`${progress} Clusters worden berekend: ${over}, ${formatInt(permutations)} permutaties per gebied…`
          : state.status === "error"
            ? `Clusterberekening mislukt: ${state.error.message}`
            : `Berekend in ${formatInt(state.ms)} ms${state.parts > 1 ? `, verdeeld over ${formatInt(state.parts)} achtergrondprocessen,` : ""} over ${over} (gemiddeld ${formatDecimal(summary.mean, 1)} buren${summary.islands ? `, ${formatInt(summary.islands)} zonder buren` : ""}; ${formatInt(dropped)} ${noun} zonder SES of zonder ligging niet meegenomen). Elk gebied krijgt eigen, onafhankelijke permutaties.`
      }
    </p>
    ${
      state.status === "done"
        ? html`<p id="lisa-global" data-value=${result.globalI} data-p=${result.globalP}>
            Globale ${mode === "bivariate" ? "bivariate " : ""}Moran's I over het hele land:
            <strong>${formatDecimal(result.globalI, 3)}</strong> (pseudo-p = ${formatDecimal(result.globalP, 3)} uit
            ${formatInt(permutations)} permutaties; 0 = geen ruimtelijke samenhang).
          </p>`
        : ""
    }
    ${
      mode === "bivariate"
        ? html`<p class="kpi-note" id="lisa-reading">
            Lees de bivariate kaart zo: omdat status en leefbaarheid van een gebied al samengaan (r =
            ${formatDecimal(r, 2)}), ligt een buurt met een lage status meestal tussen buren met een lage leefbaarheid;
            de laag–laag- en hoog–hoog-gebieden tonen vooral wáár die bekende samenhang zit, niet een tweede, aparte
            clustering.
          </p>`
        : ""
    }
  </div>`;
}
