// axe-core (WCAG 2.1 AA) on the page as it is now: the serious and critical violations, each as
// "id (impact): first targets", so a failing assertion says where to look.
import {readFileSync} from "node:fs";
import {createRequire} from "node:module";

const AXE = readFileSync(createRequire(import.meta.url).resolve("axe-core/axe.min.js"), "utf8");

export async function axeViolations(page) {
  await page.addScriptTag({content: AXE});
  return page.evaluate(async () => {
    // @ts-ignore axe is injected above
    const result = await window.axe.run(document, {
      runOnly: {type: "tag", values: ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]},
    });
    return result.violations
      .filter((v) => v.impact === "serious" || v.impact === "critical")
      .map(
        (v) =>
          `${v.id} (${v.impact}): ${v.nodes
            .slice(0, 3)
            .map((n) => n.target.join(" "))
            .join(" | ")}`,
      );
  });
}
