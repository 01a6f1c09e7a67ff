/** A citable name for the data a site was built from: the source, its seed or retrieval date, and
 * a fingerprint of the bytes of every table and the geometry, so two sites with the same id show
 * the same numbers. */
import {createHash} from "node:crypto";
import type {DatasetId, Provenance} from "./contract/index.ts";

/** `files` in the order the build writes them; the order is part of the fingerprint. */
export function datasetId(provenance: Provenance, files: readonly Uint8Array[]): DatasetId {
  const hash = createHash("sha256");
  for (const bytes of files) hash.update(String(bytes.length)).update(":").update(bytes);
  const sha256 = hash.digest("hex");
  return {id: `${originOf(provenance)}-${sha256.slice(0, 12)}`, sha256};
}

function originOf(provenance: Provenance): string {
  if (provenance.generator) return `${provenance.source}-seed-${provenance.generator.seed}`;
  const latest = provenance.tables
    .map((t) => t.retrieved)
    .filter((d): d is string => Boolean(d))
    .sort()
    .at(-1);
  return latest ? `${provenance.source}-${latest.slice(0, 10)}` : provenance.source;
}
