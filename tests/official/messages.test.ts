// A failed official build reaches the user as one paragraph: the source, the URL or file, the
// column, what was expected and what to do; the stack trace only when DEBUG is set. Each file the
// pipeline downloads gets one progress line.
import {execFile} from "node:child_process";
import {writeFile} from "node:fs/promises";
import {join, resolve} from "node:path";
import {promisify} from "node:util";
import {afterAll, beforeAll, describe, expect, it} from "vitest";
import {buildDataset} from "../../data-loaders/build.ts";
import {SourceError} from "../../data-loaders/official/errors.ts";
import {describeFailure, OfficialBuildError, sourceLabels} from "../../data-loaders/official/failure.ts";
import {runPipeline, registryFor, temporaryDir} from "./helpers.ts";
import {startPublisher, type Publisher} from "./publisher.ts";

const ROOT = resolve(import.meta.dirname, "../..");
let publisher: Publisher;
let temp: Awaited<ReturnType<typeof temporaryDir>>;

beforeAll(async () => {
  publisher = await startPublisher();
  temp = await temporaryDir("messages");
});
afterAll(async () => {
  await publisher.close();
  await temp.remove();
});

/** Runs one Framework loader as Framework does (its own process) and returns what it printed. */
async function runLoader(env: NodeJS.ProcessEnv) {
  const result = await promisify(execFile)(process.execPath, ["--import", "tsx/esm", "src/data/provenance.json.ts"], {
    cwd: ROOT,
    env: {...process.env, LBM_SOURCE: "official", LBM_CACHE_DIR: join(temp.dir, "cache"), DEBUG: "", ...env},
  }).then(
    (r) => ({code: 0, stderr: r.stderr}),
    (e: {code: number; stderr: string}) => ({code: e.code, stderr: e.stderr}),
  );
  return {code: result.code, stderr: result.stderr.trim()};
}

describe("error messages", () => {
  it("a column the zip does not have: one paragraph with source, URL, file, column and what to do", async () => {
    const config = join(temp.dir, "renamed-column.json");
    await writeFile(config, JSON.stringify({...publisher.config(), lbm: {columns: {soc: {title: "^sociaal$"}}}}));
    const saved = process.env.LBM_SOURCES_CONFIG;
    process.env.LBM_SOURCES_CONFIG = config;
    try {
      const error = await buildDataset({source: "official", cacheRoot: join(temp.dir, "cache")}).catch((e) => e);
      expect(error).toBeInstanceOf(OfficialBuildError);
      const message = (error as Error).message;
      expect(message).toMatch(
        new RegExp(
          "^The official data could not be built\\. Source: Ministerie van BZK: Leefbaarometer 3\\.0, meting 2022 \\(open data\\)\\. " +
            `file ${publisher.origin}/lbm/open-data-leefbaarometer-meting-2022\\.zip!.*scores buurten.*\\.csv, column "soc": ` +
            ".*sociaal.*LBM_SOURCES_CONFIG",
        ),
      );
      expect(message).not.toContain("\n");
      expect((error as Error).stack).toBe(message);
    } finally {
      if (saved === undefined) delete process.env.LBM_SOURCES_CONFIG;
      else process.env.LBM_SOURCES_CONFIG = saved;
    }
  });

  it("names the source of a failing URL and adds the stack only under DEBUG", () => {
    const registry = registryFor(publisher);
    const error = new SourceError({
      file: `${publisher.origin}/cbs/84799NED/TypedDataSet`,
      column: "AantalInwoners",
      message: "expected a number",
    });
    const quiet = describeFailure(error, sourceLabels(registry), false);
    expect(quiet).toMatch(/^The official data could not be built\. Source: CBS 84799NED: Kerncijfers.*\. file http/);
    expect(quiet).toMatch(/column "AantalInwoners": expected a number\. If the publisher renamed a column/);
    expect(quiet).not.toMatch(/\n|\bat .*\.ts:\d+/);
    expect(describeFailure(error, sourceLabels(registry), true)).toMatch(/\n\nSourceError: .*\n\s+at /);
  });

  it("a Framework loader prints the paragraph without a stack trace, and with one under DEBUG", async () => {
    const offline = join(temp.dir, "empty-offline");
    const quiet = await runLoader({LBM_OFFLINE_DIR: offline, LBM_SOURCES_CONFIG: ""});
    expect(quiet.code).toBe(1);
    expect(quiet.stderr).toMatch(
      /^The official data could not be built\. Source: CBS\/PDOK: .* \(buurt\)\. Could not download https:\/\/service\.pdok\.nl\/.*: offline mode .*save it as .*pdok-buurt\.json, or prepare the whole directory there with npm run official:download -- --out DIR\.$/,
    );
    expect(quiet.stderr.split("\n")).toHaveLength(1);
    const debug = await runLoader({LBM_OFFLINE_DIR: offline, LBM_SOURCES_CONFIG: "", DEBUG: "1"});
    expect(debug.code).toBe(1);
    expect(debug.stderr).toMatch(/\n\s+at .*fetch\.ts:\d+/);
  });

  it("logs one line per downloaded file", async () => {
    const log: string[] = [];
    await runPipeline(publisher, {cacheDir: join(temp.dir, "progress"), log: (line) => log.push(line)});
    const downloaded = log.filter((line) => line.startsWith("[official] downloaded "));
    expect(downloaded.length).toBe(new Set(downloaded).size);
    const origin = publisher.origin.replaceAll(".", "\\.");
    expect(downloaded).toEqual(
      expect.arrayContaining([
        expect.stringMatching(
          new RegExp(
            `^\\[official\\] downloaded pdok-gemeente\\.json \\(\\d+\\.\\d{3} MB\\) from ${origin}/pdok/.*typeName=gemeente_gegeneraliseerd`,
          ),
        ),
      ]),
    );
    expect(downloaded.length).toBeGreaterThan(20);
  });
});
