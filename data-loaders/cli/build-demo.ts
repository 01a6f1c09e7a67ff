/** Builds all Demoland outputs into a directory and prints sizes and timings.
 *   tsx data-loaders/cli/build-demo.ts [--out DIR] [--seed N] [--bench]            */
import {gzipSync} from "node:zlib";
import {readFile} from "node:fs/promises";
import {join, relative} from "node:path";
import {parseArgs} from "node:util";
import {DEFAULT_CACHE_ROOT, resolveSeed, resolveSource, writeDemoland} from "../build.ts";
import {GENERATOR_VERSION} from "../demo/index.ts";

const {values} = parseArgs({
  options: {
    out: {type: "string"},
    seed: {type: "string"},
    bench: {type: "boolean", default: false},
    help: {type: "boolean", default: false},
  },
});
if (values.help) {
  console.log("Usage: tsx data-loaders/cli/build-demo.ts [--out DIR] [--seed N] [--bench]");
  process.exit(0);
}

try {
  resolveSource();
  const seed = resolveSeed(values.seed ?? process.env.LBM_DEMO_SEED);
  const out = values.out ?? join(DEFAULT_CACHE_ROOT, `demo-build-${GENERATOR_VERSION}-${seed}`);
  const started = performance.now();
  const build = await writeDemoland(out, seed);
  const totalMs = performance.now() - started;

  const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`.padStart(11);
  console.log(`Demoland ${GENERATOR_VERSION}, seed ${seed} → ${relative(process.cwd(), out) || "."}`);
  console.log(`${"file".padEnd(18)}${"size".padStart(11)}${"gzip".padStart(11)}`);
  let total = 0;
  for (const file of build.files) {
    const gzip = gzipSync(await readFile(file.path)).length;
    total += file.bytes;
    console.log(
      `${(file.name === "truth" ? "truth.json" : relative(out, file.path)).padEnd(18)}${kb(file.bytes)}${kb(gzip)}`,
    );
  }
  console.log(`${"total".padEnd(18)}${kb(total)}`);
  if (values.bench) {
    console.log("\nsteps:");
    for (const {step, ms} of build.steps) console.log(`  ${step.padEnd(10)}${ms.toFixed(0).padStart(7)} ms`);
    console.log(`generation ${build.generateMs.toFixed(0)} ms, writing ${build.writeMs.toFixed(0)} ms`);
  }
  console.log(`total time ${(totalMs / 1000).toFixed(2)} s`);
} catch (error) {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
}
