import {html} from "htl";
import {CODE_LICENCE, LICENCE_TERMS} from "../lib/registry.js";
import {simpleTable} from "./simple-table.js";

const longDate = new Intl.DateTimeFormat("nl-NL", {day: "numeric", month: "long", year: "numeric", timeZone: "UTC"});
const isSynthetic = (p) => p?.source === "demo" || p?.synthetic === true;

/** The line to cite the site with: version and build date (`site` is data/site.json), dataset id, address. */
export function citationText(site, provenance, address) {
  const built = longDate.format(new Date(`${site.built}T00:00:00Z`));
  const data = provenance?.dataset?.id ?? "onbekend";
  return `Leefbaarometer — verdiepende analyses, interactief. Versie ${site.version}, gebouwd op ${built}; gegevens ${data}${
    isSynthetic(provenance) ? " (synthetisch, Demoland)" : ""
  }. ${address}`;
}

/** Licences of the code and of each data source, with the attribution the publishers ask for. */
export function licences(site, provenance) {
  const code = html`<p>
    De broncode staat onder de <a href=${CODE_LICENCE.url}>${CODE_LICENCE.name}</a> (${CODE_LICENCE.id}): een licentie
    van de Europese Unie, in het Nederlands rechtsgeldig en verenigbaar met de gangbare open-bronlicenties, die
    hergebruik door overheden en anderen toestaat zolang verbeteringen open blijven.
    ${site.repository ? html`De code staat op <a href=${site.repository}>${site.repository}</a>.` : null}
  </p>`;
  const data = isSynthetic(provenance)
    ? html`<p>
        Deze site draait op <strong>Demoland</strong>: verzonnen gegevens, vrij te gebruiken, die niets zeggen over
        echte gebieden. Met de officiële gegevens gelden de licenties hieronder.
      </p>`
    : html`<p>Bij hergebruik van de gegevens vermeldt u de bron zoals de bronhouder vraagt.</p>`;
  const table = simpleTable(LICENCE_TERMS, {
    caption: "Licenties van de officiële bronnen",
    columns: [
      {key: "source", label: "Bron"},
      {key: "licence", label: "Licentie", format: (licence, t) => html`<a href=${t.url}>${licence}</a>`},
      {key: "attribution", label: "Bronvermelding"},
    ],
  });
  return html`<div class="licences">${code}${data}${table}</div>`;
}

/** "Hoe citeren": the citation line with the page's own address, ready to copy. */
export function citation(site, provenance, address = location.href.split(/[?#]/)[0]) {
  return html`<figure class="citation">
    <figcaption>Hoe citeren</figcaption>
    <blockquote id="citation-text">${citationText(site, provenance, address)}</blockquote>
  </figure>`;
}
