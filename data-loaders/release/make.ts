/** Makes a release archive of the data the build would use (same LBM_* settings as npm run build). */
import {existsSync} from "node:fs";
import {mkdir, readFile, readdir, writeFile} from "node:fs/promises";
import {dirname, join, relative, resolve} from "node:path";
import {fileURLToPath} from "node:url";
import {buildDataset, DEFAULT_CACHE_ROOT, type BuildOptions} from "../build.ts";
import {codebook, codebookCsv} from "../codebook.ts";
import type {Provenance} from "../contract/index.ts";
import {loadRegistry} from "../official/registry.ts";
import {openRelease, packRelease, RELEASE_DATA, type ReleaseManifest} from "./archive.ts";
import {releaseReadme} from "./readme.ts";

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), "../..");

export interface ReleaseOptions extends BuildOptions {
  outDir?: string;
  env?: NodeJS.ProcessEnv;
}

export async function makeRelease(
  options: ReleaseOptions = {},
): Promise<{path: string; manifest: ReleaseManifest; dir: string}> {
  const env = options.env ?? process.env;
  const outDir = resolve(options.outDir ?? join(ROOT, "release"));
  const cacheRoot = options.cacheRoot ?? (env.LBM_CACHE_DIR || DEFAULT_CACHE_ROOT);
  const pkg = JSON.parse(await readFile(join(ROOT, "package.json"), "utf8"));
  const built = await buildDataset({...options, cacheRoot});
  const data = Object.fromEntries(
    await Promise.all(RELEASE_DATA.map(async (name) => [name, new Uint8Array(await readFile(join(built.dir, name)))])),
  );
  const provenance = JSON.parse(await readFile(built.path("provenance"), "utf8")) as Provenance;
  if (!provenance.dataset) throw new Error(`release: ${built.path("provenance")} has no dataset id; rebuild the data`);

  const json = (value: unknown) => Buffer.from(JSON.stringify(value, null, 1) + "\n");
  const config = env.LBM_SOURCES_CONFIG;
  const extra: Record<string, Uint8Array> = {
    "config/build.json": json({
      LBM_SOURCE: built.source,
      LBM_DEMO_SEED: provenance.generator?.seed ?? null,
      LBM_SOURCES_CONFIG: config ? JSON.parse(await readFile(config, "utf8")) : null,
      LBM_OFFLINE_DIR: env.LBM_OFFLINE_DIR ? "set: files read from an offline directory" : null,
    }),
    "LEESMIJ.md": Buffer.from(releaseReadme(provenance, pkg.version)),
    "codebook.json": json(codebook()),
    "codebook.csv": Buffer.from(codebookCsv()),
  };
  if (built.source === "official") {
    extra["config/sources.json"] = json(loadRegistry(config));
    extra["config/downloads.json"] = json(await downloads(join(cacheRoot, "official-downloads")));
  }

  const name = `${pkg.name}-${pkg.version}-${provenance.dataset.id}.zip`;
  const path = join(outDir, name);
  const contents = {
    version: pkg.version,
    source: built.source,
    dataset: provenance.dataset,
    created: new Date().toISOString(),
    data,
    extra,
  };
  const archive = packRelease(contents, relative(ROOT, path));
  await mkdir(outDir, {recursive: true});
  await writeFile(path, archive);
  return {path, manifest: openRelease(archive, path).manifest, dir: built.dir};
}

/** Every file in the download cache with its URL, size, sha256 and retrieval time. */
async function downloads(dir: string) {
  if (!existsSync(dir)) return [];
  const metas = (await readdir(dir, {recursive: true})).filter((f) => f.endsWith(".meta.json")).sort();
  return Promise.all(
    metas.map(async (file) => ({
      file: file.replace(/\.meta\.json$/, ""),
      ...JSON.parse(await readFile(join(dir, file), "utf8")),
    })),
  );
}
