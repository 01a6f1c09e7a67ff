/**
 * The official path end to end: download (or read from LBM_OFFLINE_DIR) every registered source,
 * normalise it into the contract's tables, join on the areas spine with coverage, and describe it
 * all in provenance. Validation against the contract happens in build.ts, as for Demoland.
 */
import {
  DEFAULT_CLASS_LOWER_BOUNDS,
  DIMENSION_IDS,
  type Dataset,
  type LbmRow,
  type Provenance,
  type ReliabilityRule,
  type SafetyRow,
  type SesRow,
  type TableProvenance,
} from "../contract/index.ts";
import {readAreas, readGebieden} from "./areas.ts";
import {readCbsTable, type CbsRead, type Retrieval} from "./cbs.ts";
import type {FetchContext} from "./fetch.ts";
import {centroidsOf, LAYERS, readBoundaries, toTopology} from "./geometry.ts";
import {anyValue, joinToAreas} from "./joins.ts";
import {missingLevelsNote, readLbm} from "./lbm.ts";
import {loadRegistry, type CbsSource, type Registry} from "./registry.ts";
import {readSafetyMeasure} from "./safety.ts";
import {readSes} from "./ses.ts";

export {loadRegistry} from "./registry.ts";
export {SourceError, DownloadError} from "./errors.ts";

export const OFFICIAL_LABEL = "Officiële bronnen: Leefbaarometer 3.0 (BZK), CBS en PDOK";

export interface OfficialOptions extends FetchContext {
  registry?: Registry;
}

const latest = (retrievals: Retrieval[]) =>
  retrievals
    .map((r) => r.retrieved)
    .sort()
    .at(-1) ?? null;
const describe = (s: CbsSource) => `CBS ${s.table}: ${s.name}`;
const RELIABILITY_NOTES = {
  column: "betrouwbaar bij genoeg respondenten",
  margin: "respondenten = effectieve steekproefomvang uit het 95%-interval",
  published: "geen respondenten of marges in de bron; betrouwbaar = gepubliceerd door CBS",
  respondents: "betrouwbaar bij genoeg respondenten",
};

export async function buildOfficialDataset(options: OfficialOptions): Promise<Dataset> {
  const registry = options.registry ?? loadRegistry();
  const {hosts, boundaryYear} = registry;
  const ctx: FetchContext = options;
  const cache = new Map<string, Promise<CbsRead>>();
  const cbs = (id: string) => {
    const source = registry.cbs[id];
    if (!source)
      throw new Error(`The registry has no CBS source "${id}"; known: ${Object.keys(registry.cbs).join(", ")}`);
    if (!cache.has(id)) cache.set(id, readCbsTable(source, hosts, ctx));
    return cache.get(id)!;
  };
  const tables: TableProvenance[] = [];
  const entry = (
    table: string,
    source: string,
    url: string | null,
    licence: string,
    retrieved: string | null,
    rows: number,
    note?: string,
    absent: string[] = [],
  ) =>
    tables.push({
      table,
      source,
      url,
      licence,
      retrieved,
      rows,
      ...(note ? {note} : {}),
      ...(absent.length ? {absent_columns: absent} : {}),
    });
  const reportSkipped = (name: string, skipped: {total: number; describe(): string}) => {
    if (skipped.total)
      ctx.log?.(
        `${name}: skipped ${skipped.total} region(s) that are not buurt, wijk or gemeente (${skipped.describe()})`,
      );
  };

  const boundaries = await readBoundaries(registry.geometry, hosts, ctx);
  const kwb = await cbs("kwb");
  const gebieden = await cbs("gebieden");
  const areas = readAreas(
    kwb.table,
    registry.cbs.kwb,
    {file: gebieden.table.file, regions: readGebieden(gebieden.table, registry.cbs.gebieden)},
    centroidsOf(boundaries),
    registry.g4,
  );
  entry(
    "areas",
    describe(registry.cbs.kwb),
    kwb.table.file,
    registry.cbs.kwb.licence,
    latest(kwb.retrievals),
    areas.length,
    "Codes, namen, inwoners, huishoudens, stedelijkheid",
  );
  entry(
    "areas",
    describe(registry.cbs.gebieden),
    gebieden.table.file,
    registry.cbs.gebieden.licence,
    latest(gebieden.retrievals),
    areas.length,
    "COROP-gebied en provincie per gemeente",
  );
  const joins = [];

  const lbmRead = await readLbm(registry.lbm, hosts, ctx);
  const lbm = joinToAreas("Leefbaarometer", lbmRead.rows, areas, boundaryYear, {
    hasValue: anyValue<LbmRow>(["lbm", "afw", ...DIMENSION_IDS]),
  });
  joins.push(...lbm.coverage);
  entry(
    "lbm",
    `${registry.lbm.publisher}: ${registry.lbm.name}`,
    lbmRead.url,
    registry.lbm.licence,
    lbmRead.retrieved,
    lbm.rows.length,
    `Bestanden: ${lbmRead.files.map((f) => f.split("!").at(-1)).join("; ")}. ${missingLevelsNote(lbmRead.missingLevels)}afw en lbm herberekend uit de vijf dimensies (verschil met het bestand binnen afronding); klasse uit de standaardgrenzen`,
  );

  const sesRead = await cbs("ses");
  const sesOwn = readSes(sesRead.table, registry.cbs.ses);
  reportSkipped(describe(registry.cbs.ses), sesOwn.skipped);
  const ses = joinToAreas("SES-WOA", sesOwn.rows, areas, boundaryYear, {
    hasValue: anyValue<SesRow>(["ses_total", "ses_welvaart", "ses_opleiding", "ses_arbeid", "ses_spread"]),
    skipped: sesOwn.skipped,
  });
  joins.push(...ses.coverage);
  entry(
    "ses",
    describe(registry.cbs.ses),
    sesRead.table.file,
    registry.cbs.ses.licence,
    latest(sesRead.retrievals),
    ses.rows.length,
    sesOwn.absent.length
      ? `Onderdrukte waarden blijven leeg; niet in de bron (leeg gelaten): ${sesOwn.absent.join(", ")}`
      : "Onderdrukte waarden blijven leeg",
    sesOwn.absent,
  );

  const inhabitants = new Map(areas.map((a) => [a.code, a.inhabitants]));
  const safety: SafetyRow[] = [];
  const reliability: ReliabilityRule[] = [];
  for (const rule of registry.safety) {
    const source = registry.cbs[rule.source];
    if (!source || source.enabled === false) continue;
    const read = await cbs(rule.source);
    const measure = readSafetyMeasure(read.table, source, rule, inhabitants);
    reportSkipped(`${describe(source)}, ${rule.measure}`, measure.skipped);
    reliability.push(...measure.reliability);
    const joined = joinToAreas(`${rule.measure} (${source.table})`, measure.rows, areas, boundaryYear, {
      hasValue: (r) => r.value !== null,
      skipped: measure.skipped,
    });
    joins.push(...joined.coverage);
    safety.push(...joined.rows);
    entry(
      "safety",
      describe(source),
      read.table.file,
      source.licence,
      latest(read.retrievals),
      joined.rows.length,
      `Maat ${rule.measure}${measure.reliability.map((r) => `; ${r.year}: ${RELIABILITY_NOTES[r.basis ?? r.rule]}`).join("")}`,
    );
  }

  const known = new Set(areas.map((a) => a.code));
  const kept = Object.fromEntries(
    LAYERS.map((layer) => [
      layer,
      boundaries.features[layer].filter((f) => layer === "provincie" || known.has(String(f.id))),
    ]),
  ) as typeof boundaries.features;
  const borderRows = (["buurt", "wijk", "gemeente"] as const).flatMap((level) =>
    boundaries.features[level].map((f) => ({code: String(f.id), level})),
  );
  joins.push(...joinToAreas(`grenzen`, borderRows, areas, boundaryYear).coverage);
  const features = LAYERS.reduce((s, l) => s + kept[l].length, 0);
  entry(
    "geometry",
    `${registry.geometry.publisher}: ${registry.geometry.name}`,
    boundaries.files[0]?.url ?? null,
    registry.geometry.licence,
    latest(boundaries.files),
    features,
    "Omgerekend van RD New (EPSG:28992) naar WGS84, vereenvoudigd tot TopoJSON",
  );

  const provenance: Provenance = {
    source: "official",
    label: OFFICIAL_LABEL,
    synthetic: false,
    boundary_year: boundaryYear,
    generator: null,
    class_lower_bounds: [...DEFAULT_CLASS_LOWER_BOUNDS],
    lbm_base: lbmRead.lbmBase,
    tables,
    joins,
    reliability,
  };
  return {areas, lbm: lbm.rows, ses: ses.rows, safety, geometry: toTopology(kept, registry.geometry), provenance};
}
