/**
 * The official path end to end: download (or read from LBM_OFFLINE_DIR) every registered source,
 * normalise it into the contract's tables, join on the areas spine with coverage, and describe it
 * all in provenance. Validation against the contract happens in build.ts, as for Demoland.
 */
import {
  DEFAULT_CLASS_LOWER_BOUNDS,
  type Dataset,
  type Provenance,
  type SafetyRow,
  type TableProvenance,
} from "../contract/index.ts";
import {readAreas, readGebieden} from "./areas.ts";
import {readCbsTable, type CbsRead, type Retrieval} from "./cbs.ts";
import type {FetchContext} from "./fetch.ts";
import {centroidsOf, LAYERS, readBoundaries, toTopology} from "./geometry.ts";
import {joinToAreas} from "./joins.ts";
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
  ) => tables.push({table, source, url, licence, retrieved, rows, ...(note ? {note} : {})});

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
  const lbm = joinToAreas("Leefbaarometer", lbmRead.rows, areas, boundaryYear);
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
  const ses = joinToAreas("SES-WOA", readSes(sesRead.table, registry.cbs.ses), areas, boundaryYear);
  joins.push(...ses.coverage);
  entry(
    "ses",
    describe(registry.cbs.ses),
    sesRead.table.file,
    registry.cbs.ses.licence,
    latest(sesRead.retrievals),
    ses.rows.length,
    "Onderdrukte waarden blijven leeg",
  );

  const inhabitants = new Map(areas.map((a) => [a.code, a.inhabitants]));
  const safety: SafetyRow[] = [];
  for (const rule of registry.safety) {
    const source = registry.cbs[rule.source];
    if (!source || source.enabled === false) continue;
    const read = await cbs(rule.source);
    const joined = joinToAreas(
      `${rule.measure} (${source.table})`,
      readSafetyMeasure(read.table, source, rule, inhabitants),
      areas,
      boundaryYear,
    );
    joins.push(...joined.coverage);
    safety.push(...joined.rows);
    entry(
      "safety",
      describe(source),
      read.table.file,
      source.licence,
      latest(read.retrievals),
      joined.rows.length,
      `Maat ${rule.measure}${rule.margin && !rule.respondents ? "; respondenten = effectieve steekproefomvang uit het 95%-interval" : ""}`,
    );
  }

  const known = new Set(areas.map((a) => a.code));
  const kept = Object.fromEntries(
    LAYERS.map((layer) => [
      layer,
      boundaries.features[layer].filter((f) => layer === "provincie" || known.has(String(f.id))),
    ]),
  ) as typeof boundaries.features;
  for (const layer of ["buurt", "wijk", "gemeente"] as const) {
    joins.push(
      ...joinToAreas(
        `grenzen`,
        boundaries.features[layer].map((f) => ({code: String(f.id), level: layer})),
        areas,
        boundaryYear,
      ).coverage,
    );
  }
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
  };
  return {areas, lbm: lbm.rows, ses: ses.rows, safety, geometry: toTopology(kept, registry.geometry), provenance};
}
