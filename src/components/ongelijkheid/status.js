// The lines that say how the background computations (bootstrap, LISA) are getting on.
import {html} from "htl";
import {formatDecimal, formatInt, formatInterval} from "../../lib/format.js";
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
 * The LISA run: progress while running, else its time and what it rested on (#lisa-status,
 * data-ms: the time from the start of the run to its result).
 * @param {any} state the LISA session's state
 * @param {{input: {x: ArrayLike<number>, summary: {mean: number, islands: number}, dropped: number}, progress: Element, permutations: number, noun: string}} view
 */
export function lisaStatus(state, {input, progress, permutations, noun}) {
  const {x, summary, dropped} = input;
  return html`<p id="lisa-status" data-status=${state.status} data-ms=${state.ms ?? ""}>
    ${
      state.status === "running"
        ? html`${progress} Clusters worden berekend: ${countNoun(x.length, noun)}, ${formatInt(permutations)}
          permutaties…`
        : state.status === "error"
          ? `Clusterberekening mislukt: ${state.error.message}`
          : `Berekend in ${formatInt(state.ms)} ms over ${countNoun(x.length, noun)} (gemiddeld ${formatDecimal(summary.mean, 1)} buren${summary.islands ? `, ${formatInt(summary.islands)} zonder buren` : ""}; ${countNoun(dropped, noun)} zonder SES of zonder ligging niet meegenomen).`
    }
  </p>`;
}
