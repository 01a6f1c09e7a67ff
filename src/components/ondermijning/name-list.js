// Gemeente names for a sentence in the page's prose, in bold, separated by commas.
import {html} from "htl";
import {formatDecimal} from "../../lib/format.js";

/**
 * "<strong>A</strong>, <strong>B</strong>" as inline fragments.
 * @param {{name: string}[]} rows
 */
export const boldNames = (rows) => rows.map((d, i) => html`${i ? ", " : ""}<strong>${d.name}</strong>`);

/**
 * The same with each gemeente's standardised residual, "A (−2,3 σ)"; "geen" for none.
 * @param {{name: string, standardizedResidual: number}[]} rows
 */
export const namesWithResidual = (rows) =>
  rows.length
    ? rows.map(
        (d, i) => html`${i ? ", " : ""}<strong>${d.name}</strong> (${formatDecimal(d.standardizedResidual, 1)} σ)`,
      )
    : "geen";
