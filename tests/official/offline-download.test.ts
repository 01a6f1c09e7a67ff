// One command prepares an air-gapped machine: `npm run official:download -- --out DIR` runs the
// pipeline with DIR as its store and writes manifest.json (URL, file, bytes, sha256, retrieval
// time). A build with LBM_OFFLINE_DIR=DIR checks the whole directory first and names every missing
// or altered file in one message.
import {execFile} from "node:child_process";
import {createHash} from "node:crypto";
import {cp, readFile, rm, writeFile, appendFile} from "node:fs/promises";
import {join, resolve} from "node:path";
import {promisify} from "node:util";
import {afterAll, beforeAll, describe, expect, it} from "vitest";
import {assertValid} from "../../data-loaders/contract/index.ts";
import {prepareOfflineDir} from "../../data-loaders/official/download.ts";
import {buildOfficialDataset} from "../../data-loaders/official/index.ts";
import type {Manifest} from "../../data-loaders/official/offline.ts";
import {registryFor, temporaryDir} from "./helpers.ts";
import {startPublisher, type Publisher} from "./publisher.ts";

const ROOT = resolve(import.meta.dirname, "../..");
let publisher: Publisher;
let temp: Awaited<ReturnType<typeof temporaryDir>>;
let manifest: Manifest;
let out: string;
let requested: string[];

beforeAll(async () => {
  publisher = await startPublisher();
  temp = await temporaryDir("offline");
  out = join(temp.dir, "bronnen");
  const before = publisher.requests.length;
  manifest = await prepareOfflineDir(out, {registry: registryFor(publisher), attempts: 1, log: () => {}});
  requested = publisher.requests.slice(before);
});
afterAll(async () => {
  await publisher.close();
  await temp.remove();
});

const offlineBuild = (dir: string, onFile?: () => void) =>
  buildOfficialDataset({registry: registryFor(publisher), cacheDir: join(temp.dir, "unused"), offlineDir: dir, onFile});

describe("npm run official:download", () => {
  it("fetches every file the pipeline reads, paging included, into DIR with a manifest", async () => {
    expect(manifest.files).toHaveLength(new Set(requested).size);
    expect(requested.some((r) => r.includes("$skip="))).toBe(true);
    const names = manifest.files.map((f) => f.file);
    expect(names).toEqual(expect.arrayContaining(["open-data-leefbaarometer-meting-2022.zip", "pdok-buurt.json"]));
    expect(names).toEqual(expect.arrayContaining(["84799NED/TypedDataSet-2.json", "84799NED/TypedDataSet.count.txt"]));
    for (const entry of manifest.files) {
      const bytes = await readFile(join(out, entry.file));
      expect(entry).toEqual({
        url: expect.stringMatching(/^http:\/\/127\.0\.0\.1:\d+\//),
        file: entry.file,
        bytes: bytes.length,
        sha256: createHash("sha256").update(bytes).digest("hex"),
        retrieved: expect.stringMatching(/^\d{4}-\d\d-\d\dT/),
      });
    }
  });

  it("is a package.json script whose command writes the manifest and says how to build offline", async () => {
    const scripts = JSON.parse(await readFile(join(ROOT, "package.json"), "utf8")).scripts;
    expect(scripts["official:download"]).toBe("tsx data-loaders/cli/official-download.ts");
    const config = join(temp.dir, "sources.json");
    await writeFile(config, JSON.stringify(publisher.config()));
    const dir = join(temp.dir, "via-cli");
    const {stdout} = await promisify(execFile)(
      process.execPath,
      ["--import", "tsx/esm", "data-loaders/cli/official-download.ts", "--out", dir],
      {cwd: ROOT, env: {...process.env, LBM_SOURCES_CONFIG: config, LBM_OFFLINE_DIR: ""}},
    );
    expect(stdout).toMatch(
      new RegExp(`^${manifest.files.length} files \\(.* MB\\) in ${dir}, listed in manifest\\.json`),
    );
    expect(stdout).toContain(`LBM_SOURCE=official LBM_OFFLINE_DIR=${dir} npm run build`);
    const written = JSON.parse(await readFile(join(dir, "manifest.json"), "utf8")) as Manifest;
    expect(written.files.map((f) => [f.file, f.sha256])).toEqual(manifest.files.map((f) => [f.file, f.sha256]));
  });
});

describe("LBM_OFFLINE_DIR with a manifest", () => {
  it("builds without a request, with the retrieval times of the download", async () => {
    const before = publisher.requests.length;
    const data = await offlineBuild(out);
    assertValid(data, "offline");
    expect(publisher.requests.length).toBe(before);
    const lbm = data.provenance.tables.find((t) => t.table === "lbm")!;
    expect(lbm.retrieved).toBe(manifest.files.find((f) => f.file.endsWith(".zip"))!.retrieved);
  });

  it("reports every missing and altered file in one message before reading any", async () => {
    const dir = join(temp.dir, "damaged");
    await cp(out, dir, {recursive: true});
    await rm(join(dir, "pdok-wijk.json"));
    await rm(join(dir, "84799NED/TypedDataSet-2.json"));
    await appendFile(join(dir, "open-data-leefbaarometer-meting-2022.zip"), "x");
    const zip = join(dir, "85163NED/MeasureCodes.json");
    const original = await readFile(zip, "utf8");
    await writeFile(zip, original.replace("Gemiddelde", "Gemiddeldf"));
    let used = 0;
    const error = await offlineBuild(dir, () => used++).catch((e: Error) => e);
    expect(error).toBeInstanceOf(Error);
    const message = (error as Error).message;
    expect(message).toMatch(
      new RegExp(
        `^The offline directory ${dir} does not match its manifest\\.json \\(made .*, ${manifest.files.length} files\\): 2 missing: `,
      ),
    );
    expect(message).toMatch(/84799NED\/TypedDataSet-2\.json \(from http:.*\$skip=\d+/);
    expect(message).toMatch(/pdok-wijk\.json \(from http:.*\/pdok\/.*cbs_wijken_2020/);
    expect(message).toMatch(/2 altered: .*85163NED\/MeasureCodes\.json \(sha256 differs from the manifest\)/);
    expect(message).toMatch(/open-data-leefbaarometer-meting-2022\.zip \(\d+ bytes, the manifest says \d+\)/);
    expect(message).toMatch(/npm run official:download -- --out/);
    expect(message).not.toMatch(/\n/);
    expect(used).toBe(0);
  });

  it("says so when the configuration asks for a file from another URL than the one downloaded", async () => {
    const moved = registryFor(publisher, {
      lbm: {url: `${publisher.origin}/elders/open-data-leefbaarometer-meting-2022.zip`},
    });
    const error = await buildOfficialDataset({
      registry: moved,
      cacheDir: join(temp.dir, "unused"),
      offlineDir: out,
    }).catch((e: Error) => e);
    expect((error as Error).message).toMatch(
      /holds open-data-leefbaarometer-meting-2022\.zip downloaded from http:.*\/lbm\/open-data.*, but the configuration now asks for http:.*\/elders\/.*same LBM_SOURCES_CONFIG/,
    );
  });
});
