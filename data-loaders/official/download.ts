/**
 * Prepares an offline directory for an air-gapped machine: runs the official pipeline with the
 * directory as its download store (so every page the readers ask for is fetched, exactly as a build
 * would), checks the result against the contract, and writes a manifest of every file used.
 */
import {randomBytes} from "node:crypto";
import {mkdir, rename, rm, writeFile} from "node:fs/promises";
import {join, sep} from "node:path";
import {assertValid} from "../contract/index.ts";
import {buildOfficialDataset, type OfficialOptions} from "./index.ts";
import {MANIFEST, MANIFEST_FORMAT, type Manifest, type ManifestEntry} from "./offline.ts";

export async function prepareOfflineDir(
  out: string,
  options: Omit<OfficialOptions, "cacheDir" | "offlineDir" | "onFile"> = {},
): Promise<Manifest> {
  await mkdir(out, {recursive: true});
  const files = new Map<string, ManifestEntry>();
  const dataset = await buildOfficialDataset({
    ...options,
    cacheDir: out,
    offlineDir: undefined,
    onFile: (f) =>
      files.set(f.name, {
        url: f.url,
        file: f.name.split(sep).join("/"),
        bytes: f.bytes.length,
        sha256: f.sha256,
        retrieved: f.retrieved,
      }),
  });
  assertValid(dataset, "official sources");
  const manifest: Manifest = {
    format: MANIFEST_FORMAT,
    created: new Date().toISOString(),
    files: [...files.values()].sort((a, b) => a.file.localeCompare(b.file)),
  };
  const temporary = join(out, `${MANIFEST}.part-${randomBytes(4).toString("hex")}`);
  await writeFile(temporary, JSON.stringify(manifest, null, 1));
  await rename(temporary, join(out, MANIFEST)).finally(() => rm(temporary, {force: true}));
  return manifest;
}
