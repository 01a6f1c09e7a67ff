// Framework reuses a data loader's cached output until the loader file itself changes, so after a
// change to the generator (data-loaders/) it would serve old parquet next to freshly computed
// first-view snapshots. Each dataset build has its own directory (source, seed, code fingerprint):
// when that differs from the one the cache was made from, the cached loader outputs are removed.
// The stamp is the directory's name, not its path, so a moved or copied checkout keeps its cache.
import {existsSync, readdirSync, readFileSync, rmSync, writeFileSync, mkdirSync} from "node:fs";
import {basename, join, resolve} from "node:path";
import {buildDataset, exitOnFailure} from "../data-loaders/build.ts";

const root = resolve(import.meta.dirname, "..");
const cache = join(root, "src/.observablehq/cache/data");
const stamp = join(cache, ".dataset");
const dataset = basename((await exitOnFailure(buildDataset())).dir);
const previous = existsSync(stamp) ? basename(readFileSync(stamp, "utf8").trim()) : null;
if (previous !== dataset) {
  const loaders = new Set(
    readdirSync(join(root, "src/data"))
      .filter((f) => f.endsWith(".ts"))
      .map((f) => f.replace(/\.ts$/, "")),
  );
  const stale = existsSync(cache) ? readdirSync(cache).filter((f) => loaders.has(f)) : [];
  for (const file of stale) rmSync(join(cache, file), {force: true});
  mkdirSync(cache, {recursive: true});
  writeFileSync(stamp, dataset);
  console.log(
    `prebuild: dataset ${dataset}${stale.length ? `; removed ${stale.length} cached loader output(s) of ${previous ?? "an unknown dataset"}` : ""}`,
  );
}
