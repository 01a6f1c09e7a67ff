import {html} from "htl";
import {engineStatus} from "./engine-status.js";
import {setPageProvenance} from "../lib/page-settings.js";
import {downloadAllButton} from "./download-all.js";
import {urlNotice} from "./url-notice.js";
import {explainTerms} from "./term.js";

const PHONE = "(max-width: 640px)";
function foldSettingsOnPhone() {
  if (typeof document === "undefined" || !globalThis.matchMedia?.(PHONE).matches) return;
  for (const details of document.querySelectorAll("details.settings[open]:not([data-folded])")) {
    details.dataset.folded = "true";
    details.open = false;
  }
}

const date = new Intl.DateTimeFormat("nl-NL", {day: "numeric", month: "long", year: "numeric"});

function formatDate(text) {
  const d = new Date(text);
  return Number.isNaN(d.getTime()) ? String(text) : date.format(d);
}

/** The span of retrieval dates over the tables, e.g. "3 maart 2025" or "3 maart 2025 – 9 april 2025". */
function retrieval(tables = []) {
  const dates = tables
    .map((t) => t.retrieved)
    .filter(Boolean)
    .sort();
  if (!dates.length) return null;
  const [first, last] = [formatDate(dates[0]), formatDate(dates.at(-1))];
  return first === last ? first : `${first} – ${last}`;
}

const isSynthetic = (p) => p.source === "demo" || p.synthetic === true;

/**
 * The data-source banner at the top of every page, with the notice of link parameters the page
 * ignored (url-notice.js). `provenance` is data/provenance.json;
 * `years` (optional) lists the data years the page uses.
 * Demoland says plainly that every number is synthetic; official data name the sources,
 * boundary year and retrieval dates. Unknown provenance is shown as such, never as official.
 */
export function banner(provenance, {years} = {}) {
  // Every page shows the banner, so it also starts the glossary help for the page's prose and
  // folds the settings away on a phone, where they would fill screens before the first number.
  explainTerms();
  foldSettingsOnPhone();
  setPageProvenance(provenance);
  // The notice of ignored link parameters sits under the banner on every page.
  const aside = bannerNote(provenance, years);
  const notice = urlNotice();
  return html`<div class="banner-block">
    ${aside}${notice}${downloadAllButton({synthetic: isSynthetic(provenance ?? {})})}
  </div>`;
}

function bannerNote(provenance, years) {
  const yearText = years?.length ? ` Jaren: ${years.join(", ")}.` : "";
  if (!provenance || typeof provenance !== "object") {
    return html`<aside class="banner banner--unknown" role="note" aria-label="Databron">
      <strong>Databron onbekend.</strong> De herkomst van deze cijfers kon niet worden gelezen; behandel ze niet als
      echte gegevens.
    </aside>`;
  }
  if (isSynthetic(provenance)) {
    const g = provenance.generator;
    return html`<aside class="banner banner--demo" role="note" aria-label="Databron: synthetische gegevens">
      <strong>Let op: alle cijfers op deze pagina zijn verzonnen.</strong>
      Ze komen uit <em>Demoland</em>, een nagemaakt land met verzonnen namen, en zeggen niets over echte buurten, wijken
      of gemeenten. ${g ? html`Gemaakt met ${g.name} versie ${g.version}, seed ${g.seed}.` : null} Gebiedsindeling
      ${provenance.boundary_year}.${yearText} ${engineStatus()}
    </aside>`;
  }
  const sources = [...new Set((provenance.tables ?? []).map((t) => t.source).filter(Boolean))];
  const retrieved = retrieval(provenance.tables);
  return html`<aside class="banner banner--official" role="note" aria-label="Databron: officiële bronnen">
    <strong>Officiële bronnen.</strong>
    ${sources.length ? `${sources.join(", ")}. ` : null} Gebiedsindeling ${provenance.boundary_year}.${yearText}
    ${retrieved ? ` Opgehaald: ${retrieved}.` : null} ${engineStatus()}
  </aside>`;
}
