/** Chooses the data source and produces the output files, cached on disk so the Framework loaders
 * (one process each) share a single generation. */
import {createHash} from "node:crypto";
import {existsSync} from "node:fs";
import {mkdir, readdir, readFile, rename, rm, stat, utimes, writeFile} from "node:fs/promises";
import {dirname, join, resolve} from "node:path";
import {fileURLToPath} from "node:url";
import {assertValid, type DataSource, type Dataset, type TableName} from "./contract/index.ts";
import {DEFAULT_SEED, GENERATOR_VERSION, generateDemoland, type DemolandTruth} from "./demo/index.ts";
import {datasetId} from "./dataset-id.ts";
import {buildOfficialDataset} from "./official/index.ts";
import {OfficialBuildError, officialBuildError} from "./official/failure.ts";
import {officialFingerprint} from "./official/fingerprint.ts";
import {tableYears} from "./contract/years.ts";
import {openParquetWriter} from "./parquet.ts";
import {readReleaseManifest, resolveRelease, writeFromRelease} from "./release/rebuild.ts";

export const OUTPUTS = {
  areas: "areas.parquet",
  lbm: "lbm.parquet",
  ses: "ses.parquet",
  safety: "safety.parquet",
  geometry: "geometry.json",
  provenance: "provenance.json",
  truth: "truth.json",
} as const;
export type OutputName = keyof typeof OUTPUTS;
const TABLES: TableName[] = ["areas", "lbm", "ses", "safety"];

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), "..");
export const DEFAULT_CACHE_ROOT = join(ROOT, ".cache");

/** Where the data come from: generated, downloaded, or the data files of a release archive. */
export type BuildSource = DataSource | "release";

export function resolveSource(value: string | undefined = process.env.LBM_SOURCE): BuildSource {
  const source = (value ?? "").trim() || "demo";
  if (source === "demo" || source === "official" || source === "release") return source;
  throw new Error(
    `LBM_SOURCE=${JSON.stringify(source)} is not a known data source; use "demo" (the default), "official" or "release".`,
  );
}

export function resolveSeed(value: string | undefined = process.env.LBM_DEMO_SEED): number {
  if (value === undefined || value.trim() === "") return DEFAULT_SEED;
  const seed = Number(value);
  if (!Number.isSafeInteger(seed) || seed < 0)
    throw new Error(`LBM_DEMO_SEED=${JSON.stringify(value)} is not a non-negative integer`);
  return seed;
}

export interface WrittenFile {
  name: OutputName;
  path: string;
  bytes: number;
}

export interface DemoBuild {
  files: WrittenFile[];
  truth: DemolandTruth;
  generateMs: number;
  writeMs: number;
  steps: {step: string; ms: number}[];
}

async function writeAtomically(path: string, content: string | Uint8Array) {
  const temporary = `${path}.tmp-${process.pid}`;
  await writeFile(temporary, content);
  await rename(temporary, path);
}

function parquetMetadata(dataset: Dataset, table: TableName): Record<string, string> {
  const p = dataset.provenance;
  return {
    table,
    source: p.source,
    synthetic: String(p.synthetic),
    label: p.label,
    generator: p.generator ? `${p.generator.name} ${p.generator.version}` : "",
    seed: p.generator ? String(p.generator.seed) : "",
    boundary_year: String(p.boundary_year),
    licence: p.tables.find((t) => t.table === table)?.licence ?? "",
  };
}

/** Generates Demoland, validates it against the contract and writes every output into `dir`. */
export async function writeDemoland(dir: string, seed = DEFAULT_SEED): Promise<DemoBuild> {
  const steps: DemoBuild["steps"] = [];
  const started = performance.now();
  const {dataset, truth} = generateDemoland({seed, onStep: (step, ms) => steps.push({step, ms})});
  const validation = performance.now();
  assertValid(dataset, `Demoland seed ${seed}`);
  steps.push({step: "validate", ms: performance.now() - validation});
  const generated = performance.now();
  const files = await writeOutputs(dir, dataset, truth);
  return {files, truth, generateMs: generated - started, writeMs: performance.now() - generated, steps};
}

/** Downloads (or reads from LBM_OFFLINE_DIR) the official sources, validates and writes every output into `dir`. */
export async function writeOfficial(dir: string, cacheRoot: string): Promise<WrittenFile[]> {
  try {
    const dataset = await buildOfficialDataset({
      cacheDir: join(cacheRoot, "official-downloads"),
      offlineDir: process.env.LBM_OFFLINE_DIR || undefined,
      log: (line) => process.stderr.write(`${line}\n`),
    });
    assertValid(dataset, "official sources");
    return await writeOutputs(dir, dataset, null);
  } catch (error) {
    throw officialBuildError(error);
  }
}

/** For command-line entry points: a failed official build is printed as one paragraph (the stack
 * only under DEBUG) and ends the process, instead of Node's dump of the error object. */
export async function exitOnFailure<T>(work: Promise<T>): Promise<T> {
  try {
    return await work;
  } catch (error) {
    if (!(error instanceof OfficialBuildError)) throw error;
    process.stderr.write(`\n${error.stack}\n\n`);
    process.exit(1);
  }
}

async function writeOutputs(dir: string, dataset: Dataset, truth: DemolandTruth | null): Promise<WrittenFile[]> {
  await mkdir(dir, {recursive: true});
  const files: WrittenFile[] = [];
  const contents: Uint8Array[] = [];
  const writer = await openParquetWriter();
  try {
    for (const table of TABLES) {
      const path = join(dir, OUTPUTS[table]);
      const bytes = await writer.write(table, dataset[table], path, parquetMetadata(dataset, table));
      files.push({name: table, path, bytes: bytes.length});
      contents.push(bytes);
    }
  } finally {
    writer.close();
  }
  const geometry = JSON.stringify(dataset.geometry);
  contents.push(Buffer.from(geometry));
  // The years the tables have, so pages offer exactly those (src/lib/dataset-years.js).
  const years = tableYears(dataset);
  const provenance = {...dataset.provenance, years, dataset: datasetId(dataset.provenance, contents)};
  const json: [OutputName, string][] = [
    ["geometry", geometry],
    ["provenance", JSON.stringify(provenance, null, 2)],
    ["truth", JSON.stringify(truth, null, 1)],
  ];
  for (const [name, text] of json) {
    const path = join(dir, OUTPUTS[name]);
    await writeAtomically(path, text);
    files.push({name, path, bytes: Buffer.byteLength(text)});
  }
  return files;
}

/** Changes to the generator, the contract (with the registry it re-exports) or the writers invalidate the cache by themselves. */
async function codeFingerprint(): Promise<string> {
  const hash = createHash("sha256");
  for (const folder of ["data-loaders/contract", "data-loaders/demo"]) {
    for (const file of (await readdir(join(ROOT, folder))).filter((f) => f.endsWith(".ts")).sort())
      hash.update(file).update(await readFile(join(ROOT, folder, file)));
  }
  for (const file of [
    "src/lib/registry.js",
    "data-loaders/parquet.ts",
    "data-loaders/build.ts",
    "data-loaders/dataset-id.ts",
  ])
    hash.update(file).update(await readFile(join(ROOT, file)));
  return hash.digest("hex").slice(0, 10);
}

const complete = (dir: string) => Object.values(OUTPUTS).every((file) => existsSync(join(dir, file)));
const sleep = (ms: number) => new Promise((done) => setTimeout(done, ms));
const STALE_LOCK_MS = 5 * 60_000;

function processAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === "EPERM";
  }
}

async function lockIsStale(lock: string): Promise<boolean> {
  try {
    const pid = Number(await readFile(join(lock, "pid"), "utf8"));
    if (Number.isInteger(pid) && pid > 0 && !processAlive(pid)) return true;
    return Date.now() - (await stat(lock)).mtimeMs > STALE_LOCK_MS;
  } catch {
    return false; // the holder is still creating the lock, or has just released it
  }
}

export interface BuildOptions {
  source?: string;
  seed?: number;
  cacheRoot?: string;
  /** The archive for source "release" (default LBM_RELEASE). */
  release?: string;
}

export interface BuiltDataset {
  /** The source of the data themselves: a release archive keeps the source it was made from. */
  source: DataSource;
  dir: string;
  path(name: OutputName): string;
}

/** Makes sure the outputs for the chosen source exist on disk (building them once) and says where. */
export async function buildDataset(options: BuildOptions = {}): Promise<BuiltDataset> {
  const requested = resolveSource(options.source ?? process.env.LBM_SOURCE);
  const seed = options.seed ?? resolveSeed();
  const cacheRoot = options.cacheRoot ?? (process.env.LBM_CACHE_DIR || DEFAULT_CACHE_ROOT);
  const release = requested === "release" ? resolveRelease(options.release ?? process.env.LBM_RELEASE) : null;
  const manifest = release ? await readReleaseManifest(release) : null;
  const dir = join(
    cacheRoot,
    manifest
      ? `release-${manifest.dataset.id}`
      : requested === "official"
        ? `official-${await officialFingerprint(ROOT)}`
        : `demo-${GENERATOR_VERSION}-${seed}-${await codeFingerprint()}`,
  );
  const source = manifest?.source ?? (requested as DataSource);
  const built: BuiltDataset = {source, dir, path: (name) => join(dir, OUTPUTS[name])};
  const lock = `${dir}.lock`;
  await mkdir(dirname(dir), {recursive: true});
  for (;;) {
    if (complete(dir)) return built;
    try {
      await mkdir(lock);
    } catch {
      if (await lockIsStale(lock)) await rm(lock, {recursive: true, force: true});
      else await sleep(250);
      continue;
    }
    try {
      await writeFile(join(lock, "pid"), String(process.pid));
      if (complete(dir)) return built;
      const staging = `${dir}.tmp-${process.pid}`;
      await rm(staging, {recursive: true, force: true});
      // Downloads can outlast STALE_LOCK_MS: keep the lock fresh so waiting loaders do not take it over.
      const heartbeat = setInterval(() => utimes(lock, new Date(), new Date()).catch(() => {}), 30_000);
      try {
        if (release) await writeFromRelease(staging, release);
        else if (requested === "official") await writeOfficial(staging, cacheRoot);
        else await writeDemoland(staging, seed);
      } finally {
        clearInterval(heartbeat);
      }
      await rm(dir, {recursive: true, force: true});
      await rename(staging, dir);
      return built;
    } finally {
      await rm(lock, {recursive: true, force: true});
    }
  }
}

/** The bytes of one output, for the Framework loaders. */
export async function readOutput(name: OutputName, options: BuildOptions = {}): Promise<Uint8Array> {
  const built = await exitOnFailure(buildDataset(options));
  return new Uint8Array(await readFile(built.path(name)));
}
