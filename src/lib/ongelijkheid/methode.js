// What the Methode disclosure of this page says: the queries and definitions, with the current settings.
import {formatDecimal} from "../format.js";
import {classLabel} from "../labels.js";
import {correlationQuery} from "./correlation-query.js";
import {METHOD_LABELS, WEIGHT_LABELS, neighbourRule} from "./labels.js";

/**
 * The queries for methode(): the headline r in SQL first (so "Open in werkbank" reproduces it),
 * then the queries the page runs.
 * @param {{pairsQuery: any, quadrantTableQuery: any, sharesQuery: any, profileQuery: any, sesMeasure: string, lbmMeasure: string, method: string, weighting: string}} view
 */
export function methodeQueries({pairsQuery, quadrantTableQuery, sharesQuery, profileQuery, ...choices}) {
  return [
    {
      title: "Samenhang r zoals bovenaan (dezelfde gebieden en keuzes, in SQL)",
      sql: correlationQuery(pairsQuery, choices),
    },
    {title: "Gebieden met Leefbaarometer en SES-WOA", sql: pairsQuery},
    {title: "Laag–laag: de gebieden van de selectie als tijdelijke tabel", sql: quadrantTableQuery},
    {title: "Laag–laag per gemeente", sql: sharesQuery},
    {title: "Dimensieprofiel laag–laag", sql: profileQuery},
  ];
}

/**
 * The definitions for methode() under the current settings.
 * @param {{method: string, weighting: string, noun: string, minHouseholds: number, sesPercentile: number, sesYear: number, sesCut: number | null, maxLbmClass: number, lbmYear: number, minAreas: number, lisaWeights: string, lisaK: number, lisaPermutations: number, lisaSeed: number, lisaCorrection: string}} view
 * @returns {{term: string, text: string}[]}
 */
export function methodeDefinitions(view) {
  const {method, weighting, noun, minHouseholds, sesPercentile, sesYear, sesCut, maxLbmClass, lbmYear, minAreas} = view;
  const {lisaWeights, lisaK, lisaPermutations, lisaSeed, lisaCorrection} = view;
  return [
    {
      term: "Correlatie",
      text: `${METHOD_LABELS[method]}, ${WEIGHT_LABELS[weighting].toLowerCase()}, berekend in de browser over de gebieden die de query teruggeeft. Spearman is Pearson op gemiddelde rangen (bij gelijke waarden de gemiddelde rang; gewogen: gewogen middenrangen).`,
    },
    {
      term: "95%-interval",
      text: "Eerst getoond: gemeenten als clusters. Per gebied de invloed op r, IFᵢ = zₓ,ᵢ·z_y,ᵢ − r(zₓ,ᵢ² + z_y,ᵢ²)/2 (gewogen: maal wᵢ/Σw), gedeeld door n(1 − r²) en opgeteld per gemeente tot S_g; se(z) = √(G/(G − 1)·Σ S_g²) en het interval tanh(atanh(r) ± t_{G−1}·se(z)), met G het aantal gemeenten (voor Spearman op de rangen). Ernaast ter vergelijking Fisher-z alsof elk gebied onafhankelijk is: tanh(atanh(r) ± 1,96·√(v/(n − 3))), met v = 1 voor Pearson en v = 1,06 voor Spearman (Fieller, Hartley & Pearson 1957); bij weging n = Kish' effectieve omvang (Σw)²/Σw². Voor Spearman en gewogen correlaties daarnaast een percentiel-bootstrap. Groepen: verschil in z met dezelfde clusters. Regio's: gerangschikt na empirisch-Bayes-krimp van z (variantie 1/(n − 3), τ² volgens DerSimonian–Laird).",
    },
    {term: "Regressielijn", text: "kleinste kwadraten van de Leefbaarometer-maat op de SES-maat, ongewogen."},
    {
      term: "Ontbrekend",
      text: `${noun} zonder SES-WOA (CBS onderdrukt kleine gebieden) vallen weg en worden geteld; ze worden nooit als 0 meegenomen. Minimaal ${minHouseholds} huishoudens per gebied.`,
    },
    {
      term: "Laag–laag",
      text: `SES-totaalscore onder het ${sesPercentile}e percentiel van alle ${noun} met een score in ${sesYear} (grens ${formatDecimal(sesCut, 3)}; landelijk, zodat een regiokeuze de grens niet verschuift) én Leefbaarometerklasse ${maxLbmClass} (${classLabel(maxLbmClass)}) of lager in ${lbmYear}. Aandelen over de ${noun} met beide scores; alleen gemeenten met minstens ${minAreas} zulke ${noun}.`,
    },
    {
      term: "LISA",
      text: `lokale Moran's I, Iᵢ = zₓ,ᵢ · Σⱼ wᵢⱼ z_y,ⱼ met rij-gestandaardiseerde gewichten (${neighbourRule(lisaWeights, lisaK)}). Bivariaat: x = SES-totaalscore, y = Leefbaarometer-totaalscore; indicator: x = y = 1 voor laag–laag. Pseudo-p = (M + 1)/(R + 1) uit R = ${lisaPermutations} conditionele permutaties, per gebied een eigen reeks (seed ${lisaSeed} en het volgnummer van het gebied), zoals in GeoDa; berekend over alle gebieden van het land, getoond voor de selectie; correctie: ${lisaCorrection}. Globale Moran's I = Σᵢ zₓ,ᵢ·lagᵢ / n met p uit R volledige permutaties.`,
    },
    {
      term: "Spreiding",
      text: "gestandaardiseerde coëfficiënten uit één regressie van de Leefbaarometer-maat op SES-niveau en SES-spreiding samen (beide z-scores).",
    },
  ];
}
