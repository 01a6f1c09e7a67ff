/** A release archive: the normalised data files of one build with a manifest (sha256 per file), the
 * configuration that produced them and the licences, in one zip. Rebuilding from it
 * (LBM_SOURCE=release) yields the same data files byte for byte. */
import {createHash} from "node:crypto";
import {unzipSync, zipSync} from "fflate";
import type {DataSource, DatasetId} from "../contract/index.ts";

export const RELEASE_FORMAT = "leefbaarometer-release/1";
/** The data files, in the folder `data/` of the archive; names as the build writes them. */
export const RELEASE_DATA = [
  "areas.parquet",
  "lbm.parquet",
  "ses.parquet",
  "safety.parquet",
  "geometry.json",
  "provenance.json",
  "truth.json",
] as const;

export interface ReleaseFile {
  path: string;
  bytes: number;
  sha256: string;
}

export interface ReleaseManifest {
  format: typeof RELEASE_FORMAT;
  /** The site's version (package.json) that built the data. */
  version: string;
  source: DataSource;
  dataset: DatasetId;
  created: string;
  /** How to rebuild the site from this archive. */
  rebuild: string;
  files: ReleaseFile[];
}

const sha256 = (bytes: Uint8Array) => createHash("sha256").update(bytes).digest("hex");
// Fixed times make the same data give the same archive.
const ZIP_TIME = new Date("2000-01-01T00:00:00Z");

export interface ReleaseContents {
  version: string;
  source: DataSource;
  dataset: DatasetId;
  created: string;
  /** Data files by name (RELEASE_DATA). */
  data: Record<string, Uint8Array>;
  /** Further files by archive path, e.g. "config/build.json", "LEESMIJ.md". */
  extra: Record<string, Uint8Array>;
}

export function packRelease(contents: ReleaseContents, archiveName: string): Uint8Array {
  const missing = RELEASE_DATA.filter((name) => !contents.data[name]);
  if (missing.length) throw new Error(`release: the build has no ${missing.join(", ")}`);
  const entries: Record<string, Uint8Array> = {};
  for (const name of RELEASE_DATA) entries[`data/${name}`] = contents.data[name];
  Object.assign(entries, contents.extra);
  const manifest: ReleaseManifest = {
    format: RELEASE_FORMAT,
    version: contents.version,
    source: contents.source,
    dataset: contents.dataset,
    created: contents.created,
    rebuild: `LBM_SOURCE=release LBM_RELEASE=${archiveName} npm run build`,
    files: Object.entries(entries).map(([path, bytes]) => ({path, bytes: bytes.length, sha256: sha256(bytes)})),
  };
  entries["manifest.json"] = Buffer.from(JSON.stringify(manifest, null, 1) + "\n");
  return zipSync(
    Object.fromEntries(Object.entries(entries).map(([path, bytes]) => [path, [bytes, {mtime: ZIP_TIME}]])),
  );
}

/** Opens an archive and checks every file against the manifest; all problems in one message. */
export function openRelease(
  bytes: Uint8Array,
  name: string,
): {manifest: ReleaseManifest; data: Record<string, Uint8Array>} {
  let entries: Record<string, Uint8Array>;
  try {
    entries = unzipSync(bytes);
  } catch (error) {
    throw new Error(`LBM_RELEASE=${name} is not a complete zip archive (${(error as Error).message})`);
  }
  let manifest: ReleaseManifest;
  try {
    manifest = JSON.parse(new TextDecoder().decode(entries["manifest.json"]));
  } catch {
    throw new Error(`LBM_RELEASE=${name} has no readable manifest.json: is it an archive made by npm run release?`);
  }
  if (manifest?.format !== RELEASE_FORMAT)
    throw new Error(
      `LBM_RELEASE=${name}: manifest.json has format ${JSON.stringify(manifest?.format)}, expected ${RELEASE_FORMAT}`,
    );
  const problems: string[] = [];
  for (const file of manifest.files) {
    const content = entries[file.path];
    if (!content) problems.push(`${file.path} is missing`);
    else if (content.length !== file.bytes || sha256(content) !== file.sha256)
      problems.push(`${file.path} differs from the manifest (${content.length} bytes, expected ${file.bytes})`);
  }
  for (const data of RELEASE_DATA)
    if (!manifest.files.some((f) => f.path === `data/${data}`)) problems.push(`data/${data} is not in the manifest`);
  if (problems.length)
    throw new Error(
      `LBM_RELEASE=${name} cannot be used: ${problems.join("; ")}. Make the archive again with npm run release.`,
    );
  const data = Object.fromEntries(RELEASE_DATA.map((d) => [d, entries[`data/${d}`]]));
  return {manifest, data};
}
