// Runs the official pipeline against a fake publisher in a fresh temporary cache.
import {mkdtemp, rm} from "node:fs/promises";
import {tmpdir} from "node:os";
import {join} from "node:path";
import {buildOfficialDataset, type OfficialOptions} from "../../data-loaders/official/index.ts";
import {DEFAULT_REGISTRY, deepMerge, type Registry} from "../../data-loaders/official/registry.ts";
import type {Publisher} from "./publisher.ts";

export const registryFor = (publisher: Publisher, override: unknown = {}): Registry =>
  deepMerge(deepMerge(DEFAULT_REGISTRY, publisher.config()), override);

export async function temporaryDir(prefix: string) {
  const dir = await mkdtemp(join(tmpdir(), `lbm-official-${prefix}-`));
  return {dir, remove: () => rm(dir, {recursive: true, force: true})};
}

export async function runPipeline(publisher: Publisher, options: Partial<OfficialOptions> & {cacheDir: string}) {
  return buildOfficialDataset({registry: registryFor(publisher), attempts: 1, backoffMs: 1, log: () => {}, ...options});
}
