// Uploads on the ondermijning page as Dutch readers make them: a Dutch Excel file (semicolons,
// decimal commas, thousands dots), a Windows-1252 file, a column named like a built-in indicator,
// and a failed second upload that must keep the first.
import assert from "node:assert/strict";
import {mkdtempSync, writeFileSync} from "node:fs";
import {tmpdir} from "node:os";
import {join} from "node:path";
import {after, before, describe, it} from "node:test";
import {builtData} from "./parquet.mjs";
import {TIMEOUT, assertClean, settled, startSite} from "./setup.mjs";

// The page runs its first analysis before it settles; on a loaded machine that takes longer.
const SETTLE = {timeout: 4 * TIMEOUT};

const PATH = "/ondermijning";
const dir = mkdtempSync(join(tmpdir(), "uploads-"));
const file = (name, content) => {
  const path = join(dir, name);
  writeFileSync(path, content);
  return path;
};

describe("uploads from Dutch Excel", () => {
  let site, data, codes;
  before(async () => {
    site = await startSite();
    data = await builtData();
    codes = (await data.rows("SELECT code FROM areas WHERE level = 'gemeente' ORDER BY code LIMIT 40")).map((r) =>
      Number(r.code.slice(2)),
    );
  });
  after(async () => {
    data?.close();
    await site?.close();
  });

  const withPage = async (run) => {
    const {page, context, log} = await site.open();
    try {
      await page.goto(site.origin + PATH);
      await settled(page, SETTLE);
      await run(page);
      assertClean(log);
    } finally {
      await context.close();
    }
  };
  const upload = async (page, path) => {
    await page.setInputFiles("#indicator-file", path);
    await page.waitForSelector("#file-indicators-preview, #file-indicators-error");
  };
  const addAll = async (page) => {
    for (const box of await page.$$("#file-indicators-preview input[type=checkbox]")) await box.check();
    await page.click("#indicator-file-add");
    await page.waitForSelector("#file-indicators-report");
    await settled(page, SETTLE);
  };

  it("reads a Dutch Excel file: decimal comma in one column, thousands dots in the next", async () => {
    // Excel-NL writes 4,23 and 464.234 (inhabitants) side by side; the second is 464234, not 464.234.
    const lines = ["gemeentecode;Score;Inwoners", ...codes.map((c, i) => `${c};${i % 9},23;${464 + i}.234`)];
    await withPage(async (page) => {
      await upload(page, file("excel-nl.csv", `\ufeff${lines.join("\r\n")}\r\n`));
      const preview = await page.textContent("#file-indicators-preview");
      assert.match(preview, /decimaalkomma, duizendtallen met punt[\s\S]*decimaalkomma, duizendtallen met punt/);
      const firstValues = await page.$$eval("#file-indicators-preview tbody tr", (rows) =>
        rows.map((r) => r.lastElementChild.textContent.split(";")[0].trim()),
      );
      assert.deepEqual(firstValues, ["0,23", "464.234"], "464.234 read as 464234, shown the Dutch way");
      assert.match(preview, /puntkomma/);
      await addAll(page);
      assert.ok(await page.isChecked("#ind-eigen_2"), "the inhabitants column is an indicator, not text");
    });
  });

  it("reads a Windows-1252 file and says so", async () => {
    const text = ["gemeentecode;Overlast é-score", ...codes.map((c, i) => `${c};${i},5`)].join("\r\n");
    await withPage(async (page) => {
      await upload(page, file("cp1252.csv", Buffer.from(text, "latin1")));
      assert.match(await page.textContent("#file-indicators-encoding"), /Windows-1252/);
      assert.match(await page.textContent("#file-indicators-preview"), /Overlast é-score/);
    });
  });

  it("renames a column named like a built-in indicator, visibly, and keeps both", async () => {
    await withPage(async (page) => {
      const builtIn = (await page.textContent("#indicator-weights tbody .indicator-weights-label")).trim();
      const lines = [`gemeentecode;${builtIn}`, ...codes.map((c, i) => `${c};${i}`)];
      await upload(page, file("clash.csv", lines.join("\n")));
      assert.match(await page.textContent("#file-indicators-preview"), /hernoemd/);
      await addAll(page);
      const labels = await page.$$eval("#indicator-weights .indicator-weights-label", (els) =>
        els.map((el) => el.textContent.trim()),
      );
      assert.ok(labels.includes(builtIn), "the built-in indicator keeps its name");
      assert.ok(labels.includes(`${builtIn} (eigen bestand)`), "the uploaded column is renamed visibly");
    });
  });

  it("keeps the first upload when a second one fails", async () => {
    await withPage(async (page) => {
      await upload(page, file("first.csv", ["gemeentecode;Eerste", ...codes.map((c, i) => `${c};${i}`)].join("\n")));
      await addAll(page);
      assert.ok(await page.isChecked("#ind-eigen_1"));
      await upload(page, file("broken.csv", "naam;score\nAlfa;1\n"));
      assert.match(await page.textContent("#file-indicators-error"), /blijven in gebruik/);
      await settled(page, SETTLE);
      assert.ok(await page.$("#ind-eigen_1"), "the first file's indicator is still there");
      assert.match(await page.textContent("#file-indicators-report"), /Eerste/);
      assert.match(await page.textContent(".file-indicators-privacy"), /niet in de gedeelde link/);
    });
  });
});
