// npm run release → LBM_SOURCE=release: the rebuilt data files equal the originals byte for byte,
// the first-view results too, and an altered archive is refused naming every altered file.
import {mkdtemp, readFile, rm, writeFile} from "node:fs/promises";
import {tmpdir} from "node:os";
import {join} from "node:path";
import {unzipSync, zipSync} from "fflate";
import {afterAll, beforeAll, describe, expect, it} from "vitest";
import {buildDataset} from "../../data-loaders/build.ts";
import {firstViewSnapshot} from "../../data-loaders/first-view.ts";
import {RELEASE_DATA} from "../../data-loaders/release/archive.ts";
import {makeRelease} from "../../data-loaders/release/make.ts";

let temp: string;
beforeAll(async () => void (temp = await mkdtemp(join(tmpdir(), "lbm-release-"))));
afterAll(() => rm(temp, {recursive: true, force: true}));

describe("release round trip on Demoland", () => {
  it("rebuilds the same data files and first-view results from the archive", {timeout: 240_000}, async () => {
    const release = await makeRelease({source: "demo", outDir: join(temp, "out")});
    expect(release.manifest.source).toBe("demo");
    expect(release.manifest.dataset.id).toMatch(/^demo-seed-\d+-[0-9a-f]{12}$/);
    const entries = unzipSync(new Uint8Array(await readFile(release.path)));
    expect(Object.keys(entries)).toEqual(
      expect.arrayContaining(["manifest.json", "LEESMIJ.md", "config/build.json", "data/lbm.parquet", "codebook.csv"]),
    );
    expect(new TextDecoder().decode(entries["LEESMIJ.md"])).toContain("synthetische gegevens (Demoland)");

    const rebuilt = await buildDataset({source: "release", release: release.path, cacheRoot: join(temp, "cache")});
    expect(rebuilt.source).toBe("demo");
    expect(rebuilt.dir).not.toBe(release.dir);
    for (const name of RELEASE_DATA)
      expect(await readFile(join(rebuilt.dir, name)), name).toEqual(await readFile(join(release.dir, name)));

    const original = await firstViewSnapshot("home", {source: "demo"});
    const again = await firstViewSnapshot("home", {
      source: "release",
      release: release.path,
      cacheRoot: join(temp, "cache"),
    });
    expect(again).toEqual(original);
  });

  it("refuses an archive whose files were changed, naming each of them", {timeout: 120_000}, async () => {
    const release = await makeRelease({source: "demo", outDir: join(temp, "out2")});
    const entries = unzipSync(new Uint8Array(await readFile(release.path)));
    entries["data/ses.parquet"] = entries["data/ses.parquet"].slice(0, -1);
    delete entries["data/truth.json"];
    const altered = join(temp, "altered.zip");
    await writeFile(altered, zipSync(entries));
    await expect(buildDataset({source: "release", release: altered, cacheRoot: join(temp, "cache3")})).rejects.toThrow(
      /data\/ses\.parquet differs from the manifest.*data\/truth\.json is missing/,
    );
  });

  it("asks for LBM_RELEASE when the source is release without an archive", async () => {
    const saved = process.env.LBM_RELEASE;
    delete process.env.LBM_RELEASE;
    try {
      await expect(buildDataset({source: "release", cacheRoot: join(temp, "cache4")})).rejects.toThrow(/LBM_RELEASE=/);
    } finally {
      if (saved !== undefined) process.env.LBM_RELEASE = saved;
    }
  });
});
