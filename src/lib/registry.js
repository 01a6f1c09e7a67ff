// Facts that pages and pipeline share: years, levels, code patterns, dimensions, classes,
// groupings, measures, licences. Change them here, never in page code. This is the one copy:
// data-loaders/contract/registry.ts re-exports it with TypeScript types (the pages cannot import
// from outside src/). Everything is frozen, so a page cannot change a shared fact by accident.

/**
 * @typedef {"ondermijning" | "onveiligheid"} SafetyKind
 * @typedef {{id: string, label: string, unit: string, kind: SafetyKind}} SafetyMeasure
 * @typedef {"buurt" | "wijk" | "gemeente"} Level
 */

/**
 * @template T
 * @param {T} value
 * @returns {T}
 */
function deepFreeze(value) {
  if (value !== null && typeof value === "object" && !(value instanceof RegExp)) {
    Object.values(value).forEach(deepFreeze);
    Object.freeze(value);
  }
  return value;
}

export const BOUNDARY_YEAR = 2020;

// The report's years: the Leefbaarometer measurements (Demoland generates all of them) and the
// SES-WOA and safety year it used. Pages do not offer these lists: they offer the years the built
// dataset has (provenance.json `years`, read through src/lib/dataset-years.js), starting from each
// theme's report year where the data has it.
export const LBM_YEARS = deepFreeze(/** @type {const} */ ([2002, 2008, 2012, 2014, 2016, 2018, 2020, 2022]));

export const SES_YEARS = deepFreeze(/** @type {const} */ ([2019]));
export const SAFETY_YEARS = deepFreeze(/** @type {const} */ ([2019]));

export const LEVELS = deepFreeze(/** @type {const} */ (["buurt", "wijk", "gemeente"]));

export const CODE_PATTERNS = deepFreeze(
  /** @type {Record<Level, RegExp>} */ ({
    buurt: /^BU\d{8}$/,
    wijk: /^WK\d{6}$/,
    gemeente: /^GM\d{4}$/,
  }),
);
export const PROVINCIE_CODE = /^PV\d{2}$/;
export const COROP_CODE = /^CR\d{2}$/;

export const DIMENSIONS = deepFreeze(
  /** @type {const} */ ([
    {id: "won", label: "Woningvoorraad"},
    {id: "fys", label: "Fysieke omgeving"},
    {id: "vrz", label: "Voorzieningen"},
    {id: "soc", label: "Sociale samenhang"},
    {id: "onv", label: "Overlast en onveiligheid"},
  ]),
);
export const DIMENSION_IDS = deepFreeze(DIMENSIONS.map((d) => d.id));

export const LBM_CLASSES = deepFreeze(
  /** @type {const} */ ([
    {value: 1, label: "zeer onvoldoende"},
    {value: 2, label: "ruim onvoldoende"},
    {value: 3, label: "onvoldoende"},
    {value: 4, label: "zwak"},
    {value: 5, label: "voldoende"},
    {value: 6, label: "ruim voldoende"},
    {value: 7, label: "goed"},
    {value: 8, label: "zeer goed"},
    {value: 9, label: "uitstekend"},
  ]),
);

/**
 * Lower bounds of classes 2..9 on the total score `lbm`: class = 1 + number of bounds <= lbm.
 * LBM 3.0 does not publish its cut points; these are the editable default used for Demoland and
 * for official files that do not carry the class. Official files that do carry it override this.
 */
export const DEFAULT_CLASS_LOWER_BOUNDS = deepFreeze(
  /** @type {const} */ ([3.55, 3.7, 3.85, 4.0, 4.15, 4.3, 4.45, 4.6]),
);

/** `lbm = LBM_BASE + afw`; afw is measured against this fixed national reference. */
export const LBM_BASE = 4.0;

export const SIZE_CLASSES = deepFreeze(
  /** @type {const} */ ([
    {id: "G4", label: "G4 (vier grote steden)"},
    {id: "100k+", label: "Overig 100.000+"},
    {id: "50-100k", label: "50.000–100.000"},
    {id: "20-50k", label: "20.000–50.000"},
    {id: "<20k", label: "Minder dan 20.000"},
  ]),
);

export const STEDELIJKHEID = deepFreeze(
  /** @type {const} */ ([
    {value: 1, label: "Zeer sterk stedelijk"},
    {value: 2, label: "Sterk stedelijk"},
    {value: 3, label: "Matig stedelijk"},
    {value: 4, label: "Weinig stedelijk"},
    {value: 5, label: "Niet stedelijk"},
  ]),
);

export const SES_MEASURES = deepFreeze(
  /** @type {const} */ ([
    {id: "ses_total", label: "SES-WOA totaalscore"},
    {id: "ses_welvaart", label: "Deelscore financiële welvaart"},
    {id: "ses_opleiding", label: "Deelscore opleidingsniveau"},
    {id: "ses_arbeid", label: "Deelscore recent arbeidsverleden"},
    {id: "ses_spread", label: "Spreiding SES-WOA binnen het gebied"},
  ]),
);

export const SAFETY_MEASURES = deepFreeze(
  /** @type {SafetyMeasure[]} */ ([
    {id: "verdachten_drugs", label: "Verdachten van drugsmisdrijven", unit: "per 1.000 inwoners", kind: "ondermijning"},
    {
      id: "veroordeelden_drugs",
      label: "Veroordeelden voor drugsmisdrijven",
      unit: "per 1.000 inwoners",
      kind: "ondermijning",
    },
    {
      id: "verdachten_vermogen",
      label: "Verdachten van vermogensmisdrijven",
      unit: "per 1.000 inwoners",
      kind: "ondermijning",
    },
    {id: "drugshandel", label: "Geregistreerde drugshandel", unit: "per 1.000 inwoners", kind: "ondermijning"},
    {id: "hennepkwekerijen", label: "Opgerolde hennepkwekerijen", unit: "per 10.000 woningen", kind: "ondermijning"},
    {id: "witwassen", label: "Verdachten van witwassen", unit: "per 10.000 inwoners", kind: "ondermijning"},
    {
      id: "onveilig_buurt",
      label: "Voelt zich weleens onveilig in eigen buurt",
      unit: "% inwoners 15+",
      kind: "onveiligheid",
    },
  ]),
);
export const ONVEILIGHEID_MEASURE = "onveilig_buurt";
/** Veiligheidsmonitor estimates with fewer respondents are treated as unreliable by default. */
export const DEFAULT_MIN_RESPONDENTS = 300;

/**
 * When a survey estimate counts as reliable. `respondents`: at least the chosen number of
 * respondents (a count, or the effective sample size of a 95% interval). `published`: where the
 * publisher gives neither (Veiligheidsmonitor 81877NED), an estimate counts because CBS published
 * it — CBS publishes only gemeenten with enough respondents. provenance.reliability says which applies.
 */
export const RELIABILITY_RULES = deepFreeze(
  /** @type {const} */ ([
    {id: "respondents", label: "genoeg respondenten"},
    {id: "published", label: "gepubliceerd door CBS"},
  ]),
);

/**
 * The fewest areas (or gemeenten, or regions) a statistic needs before the site presents it. Below
 * it every KPI, chart, sentence and map shows one state instead, "Te weinig gebieden (n = …,
 * minimaal …)" (src/components/output-state.js), and Methoden lists these rules. `unit` is what is
 * counted; `why` says, for the Methoden list, what goes wrong with fewer.
 * @typedef {"correlation" | "groupCorrelation" | "regression" | "moderation" | "lisa" | "regionRanking" | "riserFinding" | "riserShare"} MinimumStatistic
 * @type {Readonly<Record<MinimumStatistic, {n: number, unit: string, label: string, why: string}>>}
 */
export const MINIMUM_N = deepFreeze({
  correlation: {
    n: 10,
    unit: "gebieden",
    label: "Correlatie met interval (kop, matrix, spreiding en niveau)",
    why: "met minder gebieden is r vaak toevallig bijna ±1 en zegt het interval weinig",
  },
  groupCorrelation: {
    n: 10,
    unit: "gebieden per groep of regio",
    label: "Correlatie per groep en per regio",
    why: "groepen en regio's met minder gebieden krijgen geen correlatie",
  },
  regionRanking: {
    n: 5,
    unit: "regio's met een correlatie",
    label: "Rangorde van regio's naar correlatie",
    why: "een top en een staart van minder regio's zijn geen rangorde",
  },
  regression: {
    n: 10,
    unit: "gemeenten",
    label: "Regressie van onveiligheid op de index, residuen",
    why: "lijn, R² en residuen van een handvol punten zijn toevallig",
  },
  moderation: {
    n: 20,
    unit: "gemeenten",
    label: "Moderatie door sociale samenhang (vier parameters)",
    why: "een model met interactieterm heeft ten minste vijf waarnemingen per parameter nodig",
  },
  lisa: {
    n: 30,
    unit: "gebieden",
    label: "Ruimtelijke clusters (LISA)",
    why: "met weinig gebieden is bijna elk gebied buur van alle andere en is de permutatietoets zinloos",
  },
  riserFinding: {
    n: 10,
    unit: "gebieden in de groep",
    label: "Toets van een bevinding van het rapport (Stijgers en dalers)",
    why: "het gemiddelde van een paar gebieden bepaalt niet welke dimensie het meest bijdroeg",
  },
  riserShare: {
    n: 10,
    unit: "geselecteerde gebieden per regio",
    label: "Aandeel stijgers en dalers per regio",
    why: "een aandeel van een paar gebieden springt met één gebied tientallen procenten",
  },
});

export const LICENCES = deepFreeze(
  /** @type {const} */ ({
    demo: "Synthetisch (Demoland); vrij te gebruiken, geen echte gegevens",
    lbm: "CC0 1.0 (ministerie van BZK)",
    cbs: "CC BY 4.0 (CBS)",
    pdok: "CC BY 4.0 (CBS/PDOK)",
  }),
);

/** The terms under which each source may be reused, with the attribution its publisher asks for
 * (`short` and `attribution` have no commas: they also head CSV files, as comment lines). */
export const LICENCE_TERMS = deepFreeze(
  /** @type {const} */ ([
    {
      key: "lbm",
      short: "Leefbaarometer",
      source: "Leefbaarometer 3.0 (ministerie van BZK)",
      licence: "CC0 1.0",
      url: "https://creativecommons.org/publicdomain/zero/1.0/deed.nl",
      attribution: "Leefbaarometer 3.0 - ministerie van BZK",
    },
    {
      key: "cbs",
      short: "CBS-statistieken",
      source: "CBS: kerncijfers wijken en buurten, SES-WOA, criminaliteit, Veiligheidsmonitor",
      licence: "CC BY 4.0",
      url: "https://creativecommons.org/licenses/by/4.0/deed.nl",
      attribution: "Bron: CBS",
    },
    {
      key: "pdok",
      short: "Grenzen",
      source: "Wijk- en buurtkaart en gebiedsindelingen (CBS en Kadaster, via PDOK)",
      licence: "CC BY 4.0",
      url: "https://creativecommons.org/licenses/by/4.0/deed.nl",
      attribution: "Bron: CBS en Kadaster (PDOK)",
    },
  ]),
);

/** The licence of the site's own code (the LICENSE file in the repository). */
export const CODE_LICENCE = deepFreeze(
  /** @type {const} */ ({
    id: "EUPL-1.2",
    name: "European Union Public Licence 1.2",
    url: "https://interoperable-europe.ec.europa.eu/collection/eupl/eupl-text-eupl-12",
  }),
);
