/** LBM_SOURCE=release: the data files of a release archive, checked against its manifest and
 * validated against the contract like any other source, then written unchanged. */
import {DuckDBInstance} from "@duckdb/node-api";
import {mkdir, readFile, writeFile} from "node:fs/promises";
import {join} from "node:path";
import {assertValid, type Dataset, type Provenance, type TableName} from "../contract/index.ts";
import {datasetId} from "../dataset-id.ts";
import {openRelease, RELEASE_DATA, type ReleaseManifest} from "./archive.ts";

const TABLES: TableName[] = ["areas", "lbm", "ses", "safety"];
const quote = (text: string) => `'${text.replaceAll("'", "''")}'`;

export function resolveRelease(value: string | undefined = process.env.LBM_RELEASE): string {
  if (!value?.trim())
    throw new Error("LBM_SOURCE=release needs LBM_RELEASE=<path of an archive made by npm run release>");
  return value.trim();
}

export async function readReleaseManifest(archive: string): Promise<ReleaseManifest> {
  return openRelease(await readArchive(archive), archive).manifest;
}

async function readArchive(archive: string): Promise<Uint8Array> {
  try {
    return new Uint8Array(await readFile(archive));
  } catch (error) {
    throw new Error(`LBM_RELEASE=${archive} cannot be read (${(error as Error).message})`);
  }
}

/** Writes the archive's data files into `dir` after checking them; returns the manifest. */
export async function writeFromRelease(dir: string, archive: string): Promise<ReleaseManifest> {
  const {manifest, data} = openRelease(await readArchive(archive), archive);
  await mkdir(dir, {recursive: true});
  for (const name of RELEASE_DATA) await writeFile(join(dir, name), data[name]);
  const dataset = await readDataset(dir, data);
  assertValid(dataset, `release ${archive}`);
  const files = [...TABLES.map((t) => data[`${t}.parquet`]), data["geometry.json"]];
  const recomputed = datasetId(dataset.provenance, files);
  if (recomputed.sha256 !== manifest.dataset.sha256 || dataset.provenance.dataset?.id !== manifest.dataset.id)
    throw new Error(
      `LBM_RELEASE=${archive}: the data files do not give the dataset id in its manifest (${manifest.dataset.id}); the archive was changed after it was made`,
    );
  return manifest;
}

async function readDataset(dir: string, data: Record<string, Uint8Array>): Promise<Dataset> {
  const json = (name: string) => JSON.parse(new TextDecoder().decode(data[name]));
  const instance = await DuckDBInstance.create(":memory:", {threads: "1"});
  const conn = await instance.connect();
  try {
    const tables = {} as Record<TableName, object[]>;
    for (const table of TABLES) {
      const reader = await conn.runAndReadAll(`SELECT * FROM read_parquet(${quote(join(dir, `${table}.parquet`))})`);
      tables[table] = reader
        .getRowObjectsJS()
        .map((row) =>
          Object.fromEntries(Object.entries(row).map(([k, v]) => [k, typeof v === "bigint" ? Number(v) : v])),
        );
    }
    return {...tables, geometry: json("geometry.json"), provenance: json("provenance.json") as Provenance} as Dataset;
  } finally {
    conn.closeSync();
    instance.closeSync();
  }
}
