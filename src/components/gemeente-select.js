// One gemeente by name, bound to the URL key every page shares (`gemeente`), so that the chosen
// gemeente travels between pages (src/lib/carry-region.js). Null until a gemeente is chosen.
import {fastSelect} from "./fast-select.js";
import {announceAreaNames} from "../lib/carry-region.js";
import {bindUrl} from "../lib/url-state.js";

const collator = new Intl.Collator("nl", {sensitivity: "base", numeric: true, ignorePunctuation: true});

/**
 * @param {{code: string, name: string}[]} gemeenteRows gemeente rows of areas (gemeenteAreas())
 * @param {{id: string, label?: string, none?: string}} options
 */
export function gemeenteSelect(gemeenteRows, {id, label = "Gemeente", none = "Kies een gemeente"}) {
  announceAreaNames(gemeenteRows);
  const rows = [...gemeenteRows].sort((a, b) => collator.compare(a.name, b.name));
  const names = new Map(rows.map((r) => [r.code, r.name]));
  const input = fastSelect([null, ...rows.map((r) => r.code)], {
    label,
    value: null,
    format: (code) => (code == null ? none : `${names.get(code)} (${code})`),
  });
  return bindUrl(input, "gemeente", {id, type: "string", default: null, options: rows.map((r) => r.code)});
}
