/** Fetches every configured official source into a directory for a machine without internet:
 *   npm run official:download -- --out DIR
 * then, on that machine: LBM_SOURCE=official LBM_OFFLINE_DIR=DIR npm run build            */
import {resolve} from "node:path";
import {parseArgs} from "node:util";
import {exitOnFailure} from "../build.ts";
import {prepareOfflineDir} from "../official/download.ts";
import {officialBuildError} from "../official/failure.ts";

const USAGE = "Usage: npm run official:download -- --out DIR   (LBM_SOURCES_CONFIG chooses the sources)";
const {values} = parseArgs({options: {out: {type: "string"}, help: {type: "boolean", default: false}}});
if (values.help || !values.out) {
  console.log(USAGE);
  process.exit(values.help ? 0 : 2);
}

const out = resolve(values.out);
const started = performance.now();
const manifest = await exitOnFailure(
  prepareOfflineDir(out, {log: (line) => process.stderr.write(`${line}\n`)}).catch((error) => {
    throw officialBuildError(error);
  }),
);
const megabytes = manifest.files.reduce((s, f) => s + f.bytes, 0) / 1e6;
console.log(
  `${manifest.files.length} files (${megabytes.toFixed(1)} MB) in ${out}, listed in manifest.json ` +
    `(${((performance.now() - started) / 1000).toFixed(1)} s).\n` +
    `Copy the directory to the offline machine and build there with:\n` +
    `  LBM_SOURCE=official LBM_OFFLINE_DIR=${out} npm run build`,
);
