// What the Methode disclosure of Stijgers en dalers shows: the queries that load the data, the
// SQL that defines every number on the page (with the current settings), and the definitions.
import {DIMENSIONS} from "../registry.js";
import {areaTableQuery, breakdownQuery, decompositionQuery, mapQuery, matrixQuery, summaryQuery} from "./queries.js";
import {loadQueries} from "./scores.js";

// The page does not run the defining queries: engine.js evaluates them on the loaded scores, and
// tests/lib/stijgers compares the two. The reader must be told which is which.
const INTRO =
  "De getallen, grafieken en downloads op deze pagina rekent een rekenmodule in JavaScript (src/lib/stijgers/engine.js) in uw browser uit, niet de query's hieronder. " +
  "De pagina laadt per niveau eenmaal de scores van alle gebieden in alle jaren (de eerste drie query's); daarna rekent de rekenmodule elke wijziging door. " +
  "De overige query's zijn de definitie van die getallen, met de huidige instellingen ingevuld: de tests van deze site controleren dat de rekenmodule voor een reeks instellingen dezelfde uitkomsten geeft als deze query's (tot op afrondingsverschillen in de negende decimaal). " +
  "U kunt ze zelf in DuckDB draaien op de parquet-bestanden van Methoden & data:";

/**
 * The methode() options for the current view; without a usable definition only the loading
 * queries and the general definitions.
 * @param {{level: string, def: any, breakdownBy: string, definitionText: {selection: string, riser: string, faller: string, weight: string} | null}} view
 */
export function methodeContent({level, def, breakdownBy, definitionText}) {
  const load = loadQueries(level);
  const area = level === "wijk" ? "wijk" : "buurt";
  return {
    intro: INTRO,
    queries: [
      {title: "Laden: gebieden van het niveau", sql: load.areas},
      {title: "Laden: scores per gebied en jaar", sql: load.scores},
      {title: "Laden: gemeenten voor het regiofilter", sql: load.gemeenten},
      ...(def
        ? [
            {title: "Telling (stijgers, dalers, selectie)", sql: summaryQuery(def)},
            {title: "Overgangsmatrix", sql: matrixQuery(def)},
            {title: "Ontleding per dimensie", sql: decompositionQuery(def)},
            {title: `Uitsplitsing naar ${breakdownBy}`, sql: breakdownQuery(def, breakdownBy)},
            {title: "Kaart: groep per gebied", sql: mapQuery(def)},
            {title: "Gebieden met trajecten", sql: areaTableQuery(def)},
          ]
        : []),
    ],
    definitions: [
      ...(definitionText
        ? [
            {term: "Selectie", text: definitionText.selection},
            {term: "Stijger", text: definitionText.riser},
            {term: "Daler", text: definitionText.faller},
            {term: "Weging", text: definitionText.weight},
          ]
        : []),
      {
        term: "Volledige scores",
        text: "een gebied telt mee als het in beide jaren een klasse, een afwijkingsscore en alle vijf dimensiescores heeft.",
      },
      {
        term: "Ontleding",
        text: `verandering van afw = ${DIMENSIONS.map((d) => `Δ${d.id}`).join(" + ")}, per gebied exact (Leefbaarometer 3.0); het (gewogen) gemiddelde van een groep ontleedt daardoor ook exact.`,
      },
      {
        term: "Grootste bijdrage",
        text: "de dimensie met de grootste gemiddelde verandering in de richting van de totale verandering (winst bij een stijging, verlies bij een daling).",
      },
      {
        term: "Regio",
        text: `het regiofilter kiest gemeenten; een ${area} hoort bij de regio als haar gemeente erbij hoort, net als op de andere pagina's. Stedelijkheid en gemeentegrootte zijn dus die van de gemeente, niet van de ${area} zelf.`,
      },
      {term: "Landelijk", text: "alle gebieden van het gekozen niveau met volledige scores, zonder regiofilter."},
      {term: "Gevoeligheid", text: "aantallen onder andere definities, opgeteld uit de cellen van de overgangsmatrix."},
    ],
  };
}
