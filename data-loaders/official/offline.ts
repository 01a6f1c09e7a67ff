/**
 * The offline directory: files under the names the pipeline asks for, and (when it was made by
 * `npm run official:download`) a manifest listing each file's URL, size, sha256 and retrieval
 * time. Before the first file is used, the whole directory is checked against the manifest, so a
 * user learns about every missing or altered file at once instead of one per run.
 */
import {createHash} from "node:crypto";
import {createReadStream, existsSync} from "node:fs";
import {readFile, stat} from "node:fs/promises";
import {join} from "node:path";

export const MANIFEST = "manifest.json";
export const MANIFEST_FORMAT = "leefbaarometer-official-offline/1";

export interface ManifestEntry {
  url: string;
  /** Relative to the directory, with "/" separators. */
  file: string;
  bytes: number;
  sha256: string;
  retrieved: string;
}

export interface Manifest {
  format: string;
  created: string;
  files: ManifestEntry[];
}

async function sha256Of(path: string): Promise<string> {
  const hash = createHash("sha256");
  for await (const chunk of createReadStream(path)) hash.update(chunk as Buffer);
  return hash.digest("hex");
}

export async function readManifest(dir: string): Promise<Manifest | null> {
  const path = join(dir, MANIFEST);
  if (!existsSync(path)) return null;
  let manifest: Manifest;
  try {
    manifest = JSON.parse(await readFile(path, "utf8"));
  } catch (error) {
    throw new Error(`${path} is not valid JSON (${(error as Error).message}); run npm run official:download again`);
  }
  if (manifest?.format !== MANIFEST_FORMAT || !Array.isArray(manifest.files))
    throw new Error(`${path} is not a manifest of npm run official:download (format ${MANIFEST_FORMAT})`);
  return manifest;
}

/** Every missing or altered file of the manifest, in one error; the manifest when all is well. */
export async function verifyOfflineDir(dir: string): Promise<Manifest | null> {
  const manifest = await readManifest(dir);
  if (!manifest) return null;
  const missing: ManifestEntry[] = [];
  const altered: string[] = [];
  for (const entry of manifest.files) {
    const path = join(dir, entry.file);
    if (!existsSync(path)) {
      missing.push(entry);
      continue;
    }
    const size = (await stat(path)).size;
    if (size !== entry.bytes) altered.push(`${entry.file} (${size} bytes, the manifest says ${entry.bytes})`);
    else if ((await sha256Of(path)) !== entry.sha256) altered.push(`${entry.file} (sha256 differs from the manifest)`);
  }
  if (!missing.length && !altered.length) return manifest;
  const parts = [
    missing.length ? `${missing.length} missing: ${missing.map((e) => `${e.file} (from ${e.url})`).join("; ")}` : "",
    altered.length ? `${altered.length} altered: ${altered.join("; ")}` : "",
  ].filter(Boolean);
  throw new OfflineDirError(
    `The offline directory ${dir} does not match its ${MANIFEST} (made ${manifest.created}, ${manifest.files.length} files): ` +
      `${parts.join(". ")}. Nothing was built. Copy the directory again from the machine that made it, or run ` +
      `npm run official:download -- --out ${dir} again on a machine with internet access.`,
  );
}

export class OfflineDirError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "OfflineDirError";
  }
}

/** The manifest's entry for a file, checking it was downloaded from the URL the configuration now asks for. */
export function manifestEntry(manifest: Manifest | null, dir: string, name: string, url: string): ManifestEntry | null {
  const entry = manifest?.files.find((e) => e.file === name) ?? null;
  if (entry && entry.url !== url)
    throw new OfflineDirError(
      `The offline directory ${dir} holds ${name} downloaded from ${entry.url}, but the configuration now asks for ${url}. ` +
        `Run npm run official:download -- --out ${dir} with the same LBM_SOURCES_CONFIG as this build.`,
    );
  return entry;
}
