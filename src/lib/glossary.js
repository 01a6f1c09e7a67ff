// Short Dutch explanations of the technical words the pages use. One list: the hover/focus help
// next to the words (src/components/term.js) and the Begrippen section on Methoden come from here.

/**
 * id, the term as a reader sees it, the forms it appears in on the pages (matched as whole words,
 * case-sensitive, longest first) and a one- or two-sentence explanation.
 * @type {ReadonlyArray<{id: string, term: string, forms: string[], text: string}>}
 */
export const GLOSSARY = Object.freeze([
  {
    id: "afw",
    term: "afw",
    forms: ["afw"],
    text: "Afwijking van de Leefbaarometer-score van een gebied ten opzichte van het landelijk gemiddelde; de som van de vijf dimensiescores. Positief is beter dan gemiddeld.",
  },
  {
    id: "delta-afw",
    term: "Δ afw",
    forms: ["Δ afw"],
    text: "Verandering van afw tussen het basisjaar en het eindjaar: hoeveel de leefbaarheid van het gebied vooruit (+) of achteruit (−) ging.",
  },
  {
    id: "sigma",
    term: "σ",
    forms: ["σ"],
    text: "Sigma: de standaardafwijking, de gebruikelijke afstand tot het gemiddelde. Bij residuen: de standaardafwijking van de afstanden tot de regressielijn.",
  },
  {
    id: "lisa",
    term: "LISA",
    forms: ["bivariate LISA", "LISA"],
    text: "Local Indicator of Spatial Association (lokale Moran's I): toetst per gebied of het samen met zijn buren een cluster vormt, bijvoorbeeld van lage status naast lage leefbaarheid.",
  },
  {
    id: "fdr",
    term: "FDR",
    forms: ["FDR"],
    text: "False discovery rate: een correctie voor het doen van veel toetsen tegelijk, zodat van de gevonden clusters naar verwachting hooguit het gekozen aandeel toeval is.",
  },
  {
    id: "rangpercentiel",
    term: "rangpercentiel",
    forms: ["rangpercentielen", "rangpercentiel"],
    text: "De plaats van een gemeente in de rangorde van een indicator, als percentage (0 = laagste, 100 = hoogste). Ongevoelig voor uitschieters.",
  },
  {
    id: "fisher-z",
    term: "Fisher-z",
    forms: ["Fisher-z-transformatie", "Fisher-z-interval", "Fisher-z"],
    text: "Een omrekening van een correlatie (z = atanh r) waarmee een betrouwbaarheidsinterval te berekenen is; de grenzen worden daarna teruggerekend naar r.",
  },
  {
    id: "z-score",
    term: "z-score",
    forms: ["z-scores", "z-score"],
    text: "Een waarde uitgedrukt in standaardafwijkingen van het gemiddelde: 0 is gemiddeld, 1 is één standaardafwijking hoger.",
  },
  {
    id: "punt-index",
    term: "per punt van de index",
    forms: ["Per punt van de index", "per punt van de index"],
    text: "Met z-scores is één punt van de index één standaardafwijking: het verschil tussen een gemiddelde gemeente en een gemeente die duidelijk hoger scoort.",
  },
  {
    id: "ses-woa",
    term: "SES-WOA",
    forms: ["SES-WOA"],
    text: "Sociaal-economische status van CBS, uit welvaart, opleidingsniveau en recent arbeidsverleden van de bewoners (WOA). Hoger is een hogere status.",
  },
  {
    id: "pearson",
    term: "Pearson",
    forms: ["Pearson-correlatie", "Pearson's r"],
    text: "Correlatiecoëfficiënt r tussen −1 en 1: hoe goed twee maten op een rechte lijn liggen. 0 is geen lineaire samenhang.",
  },
  {
    id: "spearman",
    term: "Spearman",
    forms: ["Spearman-achtig", "Spearman"],
    text: "Rangcorrelatie: Pearson op de rangnummers in plaats van de waarden, dus ook geschikt voor een samenhang die niet recht is.",
  },
  {
    id: "residu",
    term: "residu",
    forms: ["residu-standaardafwijking", "residuen", "residu"],
    text: "Het verschil tussen de waargenomen onveiligheid en wat de regressielijn bij die index voorspelt.",
  },
  {
    id: "r2",
    term: "R²",
    forms: ["R²"],
    text: "Het deel van de verschillen in onveiligheid dat de regressielijn beschrijft (0 tot 1).",
  },
]);

/** "afw" → the entry; undefined for an unknown id. */
export const glossaryEntry = (id) => GLOSSARY.find((d) => d.id === id);

/** Every form of every term with its entry, longest form first (so "Δ afw" wins over "afw"). */
export const GLOSSARY_FORMS = Object.freeze(
  GLOSSARY.flatMap((entry) => entry.forms.map((form) => ({form, entry}))).sort((a, b) => b.form.length - a.form.length),
);
