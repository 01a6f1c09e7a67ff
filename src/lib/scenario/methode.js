// The Methode disclosure of Wat is er nodig?: the two queries that ran and the definitions, with
// the current settings written in.
import {formatDecimal} from "../format.js";
import {classLabel} from "../labels.js";
import {DIMENSIONS} from "../registry.js";
import {buurtenQuery, historyQuery} from "./queries.js";

/**
 * @param {{gemeente: string, year: number, baseYear: number, endYear: number, targetClass: number,
 *   percentiles: readonly number[], scale: {lowerBounds: readonly number[], lbmBase: number}, deltas: Record<string, number>}} s
 */
export function methodeContent({gemeente, year, baseYear, endYear, targetClass, percentiles, scale, deltas}) {
  const bound = scale.lowerBounds[targetClass - 2];
  const moved = DIMENSIONS.filter((d) => deltas[d.id]).map(
    (d) => `${d.label.toLowerCase()} ${deltas[d.id] > 0 ? "+" : ""}${formatDecimal(deltas[d.id], 3)}`,
  );
  return {
    intro:
      "De twee queries hieronder draaien in uw browser (DuckDB). De vergelijking zelf (percentielen, aantallen, wat-als) rekent JavaScript op hun rijen uit; de tests controleren die tegen een aparte berekening in SQL.",
    queries: [
      {
        title: `Alle buurten in ${year}; de pagina neemt die van ${gemeente ?? "de gekozen gemeente"}`,
        sql: buurtenQuery({year}),
      },
      {title: `Verandering van elke buurt ${baseYear}–${endYear}`, sql: historyQuery({baseYear, endYear})},
    ],
    definitions: [
      {
        term: "Klasse",
        text: `1 + het aantal klassegrenzen dat niet boven de score ligt; grenzen uit de gegevens: ${scale.lowerBounds.map((b) => formatDecimal(b, 2)).join("; ")}. ${classLabel(targetClass)} begint bij ${formatDecimal(bound, 2)}.`,
      },
      {
        term: "Score",
        text: `basis ${formatDecimal(scale.lbmBase, 4)} + de som van de vijf dimensiescores (Leefbaarometer 3.0); afgerond op 10 decimalen voor de klasse, zodat een score die precies op een grens valt die grens haalt.`,
      },
      {
        term: "Afstand tot doel",
        text: `ondergrens van ${classLabel(targetClass)} min de score in ${year}; 0 voor buurten die het doel al halen.`,
      },
      {
        term: "Haalde minstens die verbetering",
        text: `aandeel van alle buurten (landelijk) met dezelfde klasse in ${baseYear} waarvan de score tot ${endYear} minstens de afstand steeg. Het percentiel is het aandeel dat minder steeg.`,
      },
      {
        term: "Doel bij mediaan / 75e / 90e percentiel",
        text: `of de buurt het doel haalt als haar score verandert zoals het ${percentiles.map((p) => formatDecimal(p * 100, 0)).join("e, ")}e percentiel van de veranderingen in haar startklasse (lineaire interpolatie, zoals quantile_cont in DuckDB).`,
      },
      {
        term: "Dragende dimensies",
        text: `gemiddelde verandering per dimensie van de buurten die in ${baseYear} in dezelfde klasse zaten en in ${endYear} ${classLabel(targetClass)} of beter haalden.`,
      },
      {
        term: "Wat-als",
        text: moved.length
          ? `elke gekozen buurt: ${moved.join(", ")}; daarna score en klasse opnieuw berekend.`
          : "alle verschuivingen staan op 0.",
      },
      {
        term: "Geen voorspelling",
        text: "een historische vergelijking: wat buurten eerder haalden. Ze voorspelt niet wat een buurt zal halen en zegt niet wat een maatregel zou bewerken.",
      },
    ],
  };
}
