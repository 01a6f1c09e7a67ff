// The release round trip on the official path (fixture publisher on 127.0.0.1): the archive records
// the configuration and every download, and rebuilding from it needs no network at all.
import {mkdtemp, readFile, rm, writeFile} from "node:fs/promises";
import {tmpdir} from "node:os";
import {join} from "node:path";
import {unzipSync} from "fflate";
import {afterAll, beforeAll, describe, expect, it} from "vitest";
import {buildDataset} from "../../data-loaders/build.ts";
import {RELEASE_DATA} from "../../data-loaders/release/archive.ts";
import {makeRelease} from "../../data-loaders/release/make.ts";
import {startPublisher, type Publisher} from "../official/publisher.ts";

let temp: string;
let publisher: Publisher;
beforeAll(async () => {
  temp = await mkdtemp(join(tmpdir(), "lbm-release-official-"));
  publisher = await startPublisher();
});
afterAll(async () => {
  await publisher.close();
  await rm(temp, {recursive: true, force: true});
});

describe("release round trip on the official fixture build", () => {
  it("rebuilds the same data files with the publisher stopped", {timeout: 240_000}, async () => {
    const config = join(temp, "sources.json");
    await writeFile(config, JSON.stringify(publisher.config()));
    const saved = process.env.LBM_SOURCES_CONFIG;
    process.env.LBM_SOURCES_CONFIG = config;
    let release: Awaited<ReturnType<typeof makeRelease>>;
    try {
      release = await makeRelease({source: "official", cacheRoot: join(temp, "cache"), outDir: join(temp, "out")});
    } finally {
      if (saved === undefined) delete process.env.LBM_SOURCES_CONFIG;
      else process.env.LBM_SOURCES_CONFIG = saved;
    }
    expect(release.manifest.source).toBe("official");
    expect(release.manifest.dataset.id).toMatch(/^official-\d{4}-\d\d-\d\d-[0-9a-f]{12}$/);
    const entries = unzipSync(new Uint8Array(await readFile(release.path)));
    const downloads = JSON.parse(new TextDecoder().decode(entries["config/downloads.json"]));
    expect(downloads.length).toBeGreaterThan(5);
    for (const d of downloads) {
      expect(d.url).toMatch(/^http:\/\/127\.0\.0\.1:/);
      expect(d.sha256).toMatch(/^[0-9a-f]{64}$/);
    }
    expect(JSON.parse(new TextDecoder().decode(entries["config/build.json"])).LBM_SOURCES_CONFIG).toEqual(
      publisher.config(),
    );
    const readme = new TextDecoder().decode(entries["LEESMIJ.md"]);
    expect(readme).toContain("CC BY 4.0");
    expect(readme).toContain("Bron: CBS");

    await publisher.close();
    const requests = publisher.requests.length;
    const rebuilt = await buildDataset({source: "release", release: release.path, cacheRoot: join(temp, "cache2")});
    expect(rebuilt.source).toBe("official");
    expect(publisher.requests.length).toBe(requests);
    for (const name of RELEASE_DATA)
      expect(await readFile(join(rebuilt.dir, name)), name).toEqual(await readFile(join(release.dir, name)));
  });
});
