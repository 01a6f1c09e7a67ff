import {html} from "htl";
import {absentColumns} from "../../lib/absent-columns.js";
import {SES_MEASURE_LABELS} from "../../lib/labels.js";

/**
 * Says that SES measures are not in these data (a source without part scores), where a view would
 * otherwise be empty or silently smaller; nothing when all measures are there.
 * @param {any} provenance data/provenance.json (its ses table lists the absent columns)
 * @param {{id: string, only?: string[]}} options only: restrict to these measures (the one chosen)
 */
export function absentSesNote(provenance, {id, only}) {
  const absent = absentColumns(provenance, "ses");
  const missing = only ? absent.filter((m) => only.includes(m)) : absent;
  // An empty fragment displays as nothing (htl's empty template is null, which the page would print).
  if (!missing.length) return document.createDocumentFragment();
  const parts = missing.filter((m) => /^ses_(welvaart|opleiding|arbeid)$/.test(m));
  const lead = parts.length === missing.length ? "Deelscores niet in deze gegevens" : "Niet in deze gegevens";
  return html`<p class="absent-note" id=${id}>
    <strong>${lead}:</strong> ${missing.map((m) => SES_MEASURE_LABELS[m] ?? m).join(", ")}. De SES-WOA-bron van deze
    site levert ze niet (zie Methoden &amp; data); wat ervan afhangt blijft leeg.
  </p>`;
}
