/** LEESMIJ.md of a release archive: what is in it, under which licences, how to rebuild and cite it. */
import {CODE_LICENCE, LICENCE_TERMS, type Provenance} from "../contract/index.ts";

export function releaseReadme(provenance: Provenance, version: string): string {
  const synthetic = provenance.synthetic || provenance.source === "demo";
  const id = provenance.dataset?.id ?? "onbekend";
  const licences = synthetic
    ? ["- Demoland is verzonnen (synthetisch) en vrij te gebruiken; de cijfers zeggen niets over echte gebieden."]
    : LICENCE_TERMS.map((t) => `- ${t.source}: ${t.licence} (${t.url}); vermeld "${t.attribution}".`);
  return [
    `# Leefbaarometer — verdiepende analyses, gegevens ${id}`,
    "",
    synthetic
      ? "Let op: dit zijn synthetische gegevens (Demoland), geen echte cijfers."
      : `Officiële bronnen, opgehaald zoals vermeld in data/provenance.json (${provenance.label}).`,
    "",
    `Gemaakt door versie ${version} van de site. De bestanden in data/ zijn de genormaliseerde tabellen`,
    "(parquet), de grenzen (TopoJSON) en de herkomst; manifest.json geeft van elk bestand de sha256.",
    "config/ bevat de instellingen waarmee de gegevens zijn gebouwd; codebook.csv en codebook.json",
    "beschrijven elke kolom van elke tabel (omschrijving, eenheid, bron, jaren).",
    "",
    "## Opnieuw bouwen",
    "",
    "In een kopie van de broncode van dezelfde versie:",
    "",
    "    npm ci",
    "    LBM_SOURCE=release LBM_RELEASE=<pad naar dit archief> npm run build",
    "",
    "De site krijgt dan byte voor byte dezelfde gegevensbestanden.",
    "",
    "## Licenties",
    "",
    ...licences,
    `- De broncode van de site: ${CODE_LICENCE.name} (${CODE_LICENCE.id}).`,
    "",
    "## Citeren",
    "",
    `Leefbaarometer — verdiepende analyses, interactief (versie ${version}), gegevens ${id}.`,
    "",
  ].join("\n");
}
