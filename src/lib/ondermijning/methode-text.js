// Pieces of the Methode disclosure's text that list results.
import {formatDecimal} from "../format.js";

/**
 * The chosen indicators with their share of the total weight: "Hennepkwekerijen 75%, … 25%".
 * @param {{id: string, share: number}[]} chosen composite.js `weightShares`
 * @param {(id: string) => string} labelOf
 */
export const weightSharesText = (chosen, labelOf) =>
  chosen.map((d) => `${labelOf(d.id)} ${formatDecimal(100 * d.share, 0)}%`).join(", ");
