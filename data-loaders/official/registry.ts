/**
 * Every official source in one place: publisher, licence, URL or CBS table id, and how columns are
 * recognised (by title or key prefix, never by a positional suffix). A JSON file named by
 * LBM_SOURCES_CONFIG is deep-merged over these defaults, so a user can correct a URL, a table id or
 * a column title without touching code. Facts and doubts: ../../../shared/SOURCES.md.
 */
import {readFileSync} from "node:fs";
import {LICENCES} from "../contract/index.ts";
import {unknownKeysMessage} from "./registry-keys.ts";

/** Matches a column: `key` exactly, `keyPrefix` as `Prefix` or `Prefix_<n>`, or `title` as a
 * case-insensitive regular expression on the title, its path ("SES-WOA/Totaalscore/…") or a CSV header. */
export interface ColumnRule {
  key?: string;
  keyPrefix?: string;
  title?: string;
}

/** Keeps rows whose dimension value (column named as in the source's `columns`) has this key
 * (trimmed) or a title matching the regular expression `title`. */
export interface DimensionFilter {
  column: string;
  key?: string;
  title?: string;
}

export type CbsFormat = "cbs-odata3" | "cbs-odata4" | "statline-csv";

export interface CbsSource {
  kind: "cbs";
  name: string;
  publisher: string;
  licence: string;
  format: CbsFormat;
  /** The table id, e.g. 84799NED; also the name of its files in LBM_OFFLINE_DIR. */
  table: string;
  /** Base URL of the table in the standard API (OData v3: also where `TypedDataSet/$count` is asked;
   * OData v4: everything) or the CSV file; `{host}` placeholders come from `hosts`. */
  url: string;
  /** OData v3 bulk feed of the table, where metadata and rows are read (the standard API caps a
   * response at 10,000 cells); `{table}` stands for `table`. Null reads everything from `url`. */
  feed?: string | null;
  /** Optional OData $filter, to keep downloads small; combined with `years` and `regions`. */
  filter?: string;
  /** Only these years of the period column (e.g. 2019JJ00) are asked for (OData) and kept; empty keeps all. */
  years?: number[];
  /** Only region codes starting with one of these (e.g. "GM") are asked for, where the table's
   * region column (`columns.region`) can be filtered on the server. */
  regions?: string[];
  columns: Record<string, ColumnRule>;
  /** Dimensions whose code lists are fetched to read titles (region names, filters by title). */
  dimensionTitles?: string[];
  /** Download every column (needed where columns are found by their values, as in Gebieden in Nederland). */
  selectAll?: boolean;
  enabled?: boolean;
}

export interface LbmSource {
  kind: "lbm-zip";
  name: string;
  publisher: string;
  licence: string;
  url: string;
  /** Regular expressions on the path inside the zip, per level; the first match is used. */
  files: Record<"buurt" | "wijk" | "gemeente", string>;
  exclude: string;
  delimiter: string;
  columns: Record<"code" | "year" | "lbm" | "afw" | "won" | "fys" | "vrz" | "soc" | "onv", ColumnRule>;
  /** Published scores are rounded; larger gaps between afw and the sum of the dimensions are errors. */
  roundingTolerance: number;
}

export interface GeometryLayer {
  url: string;
  code: ColumnRule;
  name: ColumnRule;
}

export interface GeometrySource {
  kind: "geojson";
  name: string;
  publisher: string;
  licence: string;
  layers: Record<"buurt" | "wijk" | "gemeente" | "provincie", GeometryLayer>;
  /** Used when a file carries no `crs` member and its coordinates are not lon/lat. */
  defaultCrs: string;
  /** Features asked per WFS GetFeature request (`count`); pages follow with `startIndex` until
   * `numberMatched` features have arrived. Layer URLs that are not a WFS GetFeature are read whole. */
  pageSize: number;
  quantization: number;
  /** Fraction of triangle-area weights that topojson-simplify may drop (0 keeps everything). */
  simplifyQuantile: number;
}

/** One contract safety measure from one CBS source; column names are the source's `columns` keys. */
export interface SafetyRule {
  measure: string;
  source: string;
  value: string;
  where?: DimensionFilter[];
  /** The source gives counts: divide by the area's inhabitants / 1,000 (from the areas table). */
  perThousandInhabitants?: boolean;
  /** Survey estimates: respondents from a column, or else the effective sample size from the 95% margin. */
  respondents?: string;
  margin?: {column: string; value: string; lower: string; upper: string};
}

export interface Registry {
  boundaryYear: number;
  hosts: Record<string, string>;
  lbm: LbmSource;
  geometry: GeometrySource;
  cbs: Record<string, CbsSource>;
  safety: SafetyRule[];
  /** Gemeenten of the G4 size class; the others are classed by inhabitants. */
  g4: string[];
}

const cbs = (
  name: string,
  table: string,
  host: string,
  columns: CbsSource["columns"],
  extra: Partial<CbsSource> = {},
): CbsSource => ({
  kind: "cbs",
  name,
  publisher: "CBS",
  licence: LICENCES.cbs,
  format: "cbs-odata3",
  table,
  url: `{${host}}/${table}`,
  feed: `{${host}Feed}/{table}`,
  columns,
  ...extra,
});

const region: ColumnRule = {keyPrefix: "WijkenEnBuurten", title: "^(Wijken en buurten|Regio's)$"};
const regioS: ColumnRule = {keyPrefix: "RegioS", title: "^Regio's$"};
const period: ColumnRule = {keyPrefix: "Perioden", title: "^Perioden$"};
const unsafeInBuurt: ColumnRule = {
  keyPrefix: "VoeltZichWeleensOnveiligInBuurt",
  title: "^(voelt zich )?weleens onveilig in (eigen )?buurt",
};
const pdokLayer = (typeName: string, code: string, name: string): GeometryLayer => ({
  url: `{pdok}/${typeName}&outputFormat=json`,
  code: {key: code},
  name: {key: name},
});

export const DEFAULT_REGISTRY: Registry = {
  boundaryYear: 2020,
  hosts: {
    cbs: "https://opendata.cbs.nl/ODataApi/odata",
    cbsFeed: "https://opendata.cbs.nl/ODataFeed/odata",
    dataderden: "https://dataderden.cbs.nl/ODataApi/odata",
    dataderdenFeed: "https://dataderden.cbs.nl/ODataFeed/odata",
    cbs4: "https://odata4.cbs.nl/CBS",
    lbm: "https://www.leefbaarometer.nl/resources",
    pdok: "https://service.pdok.nl/cbs",
  },
  lbm: {
    kind: "lbm-zip",
    name: "Leefbaarometer 3.0, meting 2022 (open data)",
    publisher: "Ministerie van BZK",
    licence: LICENCES.lbm,
    url: "{lbm}/open-data-leefbaarometer-meting-2022.zip",
    files: {
      buurt: "scores[^/]*buurt[^/]*\\.csv$",
      wijk: "scores[^/]*wijk[^/]*\\.csv$",
      gemeente: "scores[^/]*gemeente[^/]*\\.csv$",
    },
    exclude: "ontwikkeling|pc4|grid",
    delimiter: ",",
    columns: {
      code: {title: "^(bu|wk|gm)_code$"},
      year: {title: "^jaar$"},
      lbm: {title: "^lbm$"},
      afw: {title: "^afw$"},
      won: {title: "^won$"},
      fys: {title: "^fys$"},
      vrz: {title: "^vrz$"},
      soc: {title: "^soc$"},
      onv: {title: "^onv$"},
    },
    roundingTolerance: 0.001,
  },
  geometry: {
    kind: "geojson",
    name: "CBS gebiedsindelingen en wijk- en buurtkaart 2020 (PDOK)",
    publisher: "CBS/PDOK",
    licence: LICENCES.pdok,
    layers: {
      buurt: pdokLayer(
        "wijkenbuurten/2020/wfs/v1_0?request=GetFeature&service=WFS&version=2.0.0&typeName=wijkenbuurten2020:cbs_buurten_2020",
        "buurtcode",
        "buurtnaam",
      ),
      wijk: pdokLayer(
        "wijkenbuurten/2020/wfs/v1_0?request=GetFeature&service=WFS&version=2.0.0&typeName=wijkenbuurten2020:cbs_wijken_2020",
        "wijkcode",
        "wijknaam",
      ),
      gemeente: pdokLayer(
        "gebiedsindelingen/2020/wfs/v1_0?request=GetFeature&service=WFS&version=2.0.0&typeName=gemeente_gegeneraliseerd",
        "statcode",
        "statnaam",
      ),
      provincie: pdokLayer(
        "gebiedsindelingen/2020/wfs/v1_0?request=GetFeature&service=WFS&version=2.0.0&typeName=provincie_gegeneraliseerd",
        "statcode",
        "statnaam",
      ),
    },
    defaultCrs: "EPSG:28992",
    pageSize: 1000,
    quantization: 100_000,
    simplifyQuantile: 0.5,
  },
  cbs: {
    kwb: cbs(
      "Kerncijfers wijken en buurten 2020",
      "84799NED",
      "cbs",
      {
        region,
        code: {keyPrefix: "Codering", title: "^Codering"},
        gemeenteName: {keyPrefix: "Gemeentenaam", title: "^Gemeentenaam"},
        inhabitants: {keyPrefix: "AantalInwoners", title: "^Aantal inwoners"},
        households: {keyPrefix: "HuishoudensTotaal", title: "^Huishoudens totaal"},
        stedelijkheid: {keyPrefix: "MateVanStedelijkheid", title: "^Mate van stedelijkheid"},
      },
      {dimensionTitles: ["WijkenEnBuurten"]},
    ),
    gebieden: cbs(
      "Gebieden in Nederland 2020",
      "84721NED",
      "cbs",
      {region: regioS},
      {dimensionTitles: ["RegioS"], selectAll: true},
    ),
    ses: cbs(
      "SES-WOA per wijk en buurt (regio-indeling 2021)",
      "85163NED",
      "cbs",
      {
        region,
        code: {title: "^Regiocode\\b.*\\(code\\)$"},
        period,
        ses_total: {title: "^SES-WOA/Totaalscore/Gemiddelde score"},
        ses_welvaart: {title: "Deelscore financi.le welvaart/Gemiddelde score"},
        ses_opleiding: {title: "Deelscore opleidingsniveau/Gemiddelde score"},
        ses_arbeid: {title: "Deelscore (recent )?arbeidsverleden/Gemiddelde score"},
        ses_spread: {title: "^Spreiding/Spreiding totaal"},
        households: {title: "^Particuliere huishoudens"},
      },
      {years: [2019]},
    ),
    crime: cbs(
      "Geregistreerde criminaliteit; soort misdrijf, regio",
      "83648NED",
      "cbs",
      {
        region: regioS,
        period,
        crimeType: {keyPrefix: "SoortMisdrijf", title: "^Soort misdrijf$"},
        perThousand: {title: "per 1 ?000 inwoners"},
      },
      {years: [2019], regions: ["GM"]},
    ),
    crimeWijk: cbs(
      "Geregistreerde misdrijven; wijk en buurt",
      "47018NED",
      "dataderden",
      {
        region,
        period,
        crimeType: {keyPrefix: "SoortMisdrijf", title: "^Soort misdrijf$"},
        count: {keyPrefix: "GeregistreerdeMisdrijven", title: "^Geregistreerde misdrijven"},
      },
      {years: [2019], enabled: false},
    ),
    suspects: cbs(
      "Verdachten; delictgroep, stedelijkheid buurt en woongemeente",
      "81960NED",
      "cbs",
      {
        region: regioS,
        period,
        offence: {keyPrefix: "Delictgroep", title: "^Delictgroep$"},
        urbanity: {keyPrefix: "Stedelijkheid", title: "^Stedelijkheid"},
        perThousand: {title: "per 1 ?000 inwoners"},
      },
      {years: [2019], dimensionTitles: ["Delictgroep", "StedelijkheidBuurt"]},
    ),
    // The report's year, 2019: 81877NED has no Marges dimension and no respondent counts, so its
    // estimates are reliable by the "published by CBS" rule (see safety.ts).
    vm: cbs(
      "(On)veiligheidsbeleving; regio",
      "81877NED",
      "cbs",
      {region: regioS, period, unsafe: unsafeInBuurt},
      {years: [2019]},
    ),
    // 2021 and later, with value and 95% bounds in the Marges dimension; enable it by config.
    vmSocial: cbs(
      "Sociale veiligheid; regio",
      "85146NED",
      "cbs",
      {region: regioS, period, margins: {keyPrefix: "Marges", title: "^Marges$"}, unsafe: unsafeInBuurt},
      {years: [2021, 2023], dimensionTitles: ["Marges"], enabled: false},
    ),
  },
  safety: [
    {measure: "drugshandel", source: "crime", value: "perThousand", where: [{column: "crimeType", key: "3.1.1"}]},
    {
      measure: "verdachten_drugs",
      source: "suspects",
      value: "perThousand",
      where: [
        {column: "offence", title: "drugs"},
        {column: "urbanity", title: "^totaal"},
      ],
    },
    {
      measure: "verdachten_vermogen",
      source: "suspects",
      value: "perThousand",
      where: [
        {column: "offence", title: "vermogen"},
        {column: "urbanity", title: "^totaal"},
      ],
    },
    {measure: "onveilig_buurt", source: "vm", value: "unsafe"},
    {
      measure: "onveilig_buurt",
      source: "vmSocial",
      value: "unsafe",
      margin: {
        column: "margins",
        value: "^(waarde|MW00000)$",
        lower: "^(ondergrens|MOG0095)",
        upper: "^(bovengrens|MBG0095)",
      },
    },
  ],
  g4: ["GM0363", "GM0599", "GM0518", "GM0344"],
};

type Json = null | boolean | number | string | Json[] | {[key: string]: Json};

/** Objects merge key by key; arrays and scalars replace. */
export function deepMerge<T>(base: T, override: unknown): T {
  if (override === undefined) return base;
  if (!isObject(base) || !isObject(override)) return override as T;
  const out: Record<string, unknown> = {...(base as Record<string, unknown>)};
  for (const [key, value] of Object.entries(override)) out[key] = deepMerge(out[key], value);
  return out as T;
}
const isObject = (v: unknown): v is Record<string, Json> => typeof v === "object" && v !== null && !Array.isArray(v);

export function loadRegistry(configPath: string | undefined = process.env.LBM_SOURCES_CONFIG): Registry {
  if (!configPath) return DEFAULT_REGISTRY;
  let override: unknown;
  try {
    override = JSON.parse(readFileSync(configPath, "utf8"));
  } catch (error) {
    throw new Error(`LBM_SOURCES_CONFIG=${configPath}: cannot read it as JSON (${(error as Error).message})`);
  }
  if (!isObject(override))
    throw new Error(
      `LBM_SOURCES_CONFIG=${configPath}: expected a JSON object like {"hosts": {...}, "cbs": {"ses": {...}}}`,
    );
  const unknown = unknownKeysMessage(override);
  if (unknown) throw new Error(`LBM_SOURCES_CONFIG=${configPath}: ${unknown}`);
  return deepMerge(DEFAULT_REGISTRY, override);
}

/** The bulk feed of an OData v3 table, or null where the source has none. */
export function feedUrl(source: CbsSource, hosts: Record<string, string>): string | null {
  if (!source.feed) return null;
  return expandUrl(source.feed, {...hosts, table: source.table});
}

/** Replaces `{host}` placeholders; an unknown placeholder is an error rather than a bad request. */
export function expandUrl(url: string, hosts: Record<string, string>): string {
  return url.replace(/\{(\w+)\}/g, (_, name: string) => {
    if (!(name in hosts))
      throw new Error(`URL ${url}: unknown host placeholder {${name}}; known: ${Object.keys(hosts).join(", ")}`);
    return hosts[name].replace(/\/$/, "");
  });
}
