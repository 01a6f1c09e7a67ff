// Writes file.br (brotli) and file.gz (gzip) next to every compressible file of the built site, so
// that a static host (nginx gzip_static/brotli_static, `npm run preview`) sends them without
// compressing on each request. A variant is kept only if it saves at least a tenth of the file:
// parquet and the first-view snapshots are compressed already and stay as they are.
// Brotli quality: 11 for files up to 1 MB; 5 above. Measured on DuckDB's 34 MB wasm, quality 5
// gives 6.2 MB in 6 s, quality 9 5.9 MB in 25 s and quality 11 takes minutes: the 5% is not worth
// a build that long. Gzip runs at level 9 (fast; brotli wins anyway where the browser has it).
import {readdir, readFile, stat, writeFile, unlink} from "node:fs/promises";
import {availableParallelism} from "node:os";
import {join} from "node:path";
import {promisify} from "node:util";
import {brotliCompress, constants, gzip} from "node:zlib";

const COMPRESSIBLE = /\.(html|js|mjs|css|json|svg|wasm|csv|txt|map|parquet|bin)$/;
const MIN_BYTES = 1024;
const MIN_SAVING = 0.1;
const SMALL = 1 << 20;

const brotli = promisify(brotliCompress);
const gz = promisify(gzip);

async function walk(dir) {
  const entries = await readdir(dir, {withFileTypes: true});
  const nested = await Promise.all(
    entries.map((e) => (e.isDirectory() ? walk(join(dir, e.name)) : [join(dir, e.name)])),
  );
  return nested.flat();
}

// Parquet and snapshots rarely pay at all: deciding that at quality 5 costs a fraction of a second.
const brotliQuality = (file, size) => (size <= SMALL && !/\.(parquet|bin)$/.test(file) ? 11 : 5);

async function compressFile(file) {
  const bytes = await readFile(file);
  const variants = [
    [
      ".br",
      () =>
        brotli(bytes, {
          params: {
            [constants.BROTLI_PARAM_QUALITY]: brotliQuality(file, bytes.length),
            [constants.BROTLI_PARAM_SIZE_HINT]: bytes.length,
          },
        }),
    ],
    [".gz", () => gz(bytes, {level: 9})],
  ];
  const result = {file, size: bytes.length, br: NaN, gz: NaN};
  for (const [suffix, compress] of variants) {
    const out = await compress();
    const keep = out.length <= bytes.length * (1 - MIN_SAVING);
    if (keep) await writeFile(file + suffix, out);
    else await unlink(file + suffix).catch(() => {});
    result[suffix.slice(1)] = keep ? out.length : NaN;
  }
  return result;
}

/** Compresses every eligible file under `dist`, a few at a time; resolves to one result per file. */
export async function precompress(dist) {
  const files = [];
  for (const file of await walk(dist))
    if (COMPRESSIBLE.test(file) && (await stat(file)).size >= MIN_BYTES) files.push(file);
  // Largest first, so that the long brotli runs overlap the many small ones.
  const sizes = new Map(await Promise.all(files.map(async (f) => [f, (await stat(f)).size])));
  files.sort((a, b) => sizes.get(b) - sizes.get(a));
  const results = [];
  let next = 0;
  const lane = async () => {
    while (next < files.length) results.push(await compressFile(files[next++]));
  };
  await Promise.all(Array.from({length: Math.max(1, availableParallelism())}, lane));
  return results;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const dist = process.argv[2] ?? "dist";
  const t0 = performance.now();
  const results = await precompress(dist);
  const sum = (key) => results.reduce((s, r) => s + (Number.isFinite(r[key]) ? r[key] : r.size), 0);
  const mb = (bytes) => `${(bytes / 1e6).toFixed(1)} MB`;
  console.log(
    `precompress: ${results.length} files, ${mb(sum("size"))} → brotli ${mb(sum("br"))}, gzip ${mb(sum("gz"))} in ${((performance.now() - t0) / 1000).toFixed(1)} s`,
  );
}
