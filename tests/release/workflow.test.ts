// The deploy workflow is valid against GitHub's schema (action-validator) and runs exactly the
// commands the README's "Publiceren" section gives.
import {spawnSync} from "node:child_process";
import {readFileSync} from "node:fs";
import {createRequire} from "node:module";
import {describe, expect, it} from "vitest";

const require = createRequire(import.meta.url);
const yaml = require("js-yaml") as {load: (text: string) => unknown};
const WORKFLOW = ".github/workflows/deploy.yml";

interface Step {
  run?: string;
  uses?: string;
}
const workflow = yaml.load(readFileSync(WORKFLOW, "utf8")) as {jobs: Record<string, {steps: Step[]}>};
const commands = Object.values(workflow.jobs)
  .flatMap((job) => job.steps)
  .flatMap((step) => (step.run ?? "").split("\n"))
  .map((line) => line.trim())
  .filter(Boolean);

const readme = readFileSync("README.md", "utf8");
const publishing = readme.slice(readme.indexOf("## Publiceren"));
const documented = [...publishing.matchAll(/```sh\n([\s\S]*?)```/g)].flatMap((m) =>
  m[1].split("\n").map((line) => line.replace(/#.*$/, "").trim()),
);

describe("deploy workflow", () => {
  it("passes action-validator", () => {
    const bin = require.resolve("@action-validator/cli/cli.mjs");
    const result = spawnSync(process.execPath, [bin, WORKFLOW], {encoding: "utf8"});
    expect(result.stdout + result.stderr).toBe("");
    expect(result.status).toBe(0);
  });

  it("runs the README's commands", () => {
    expect(commands).toEqual(["npm ci", "npm test", "rm -rf dist", "npm run build", "npm run release"]);
    for (const command of commands.filter((c) => c.startsWith("npm"))) expect(documented).toContain(command);
    expect(publishing).toContain(WORKFLOW);
  });

  it("publishes dist/ to GitHub Pages and keeps the release archive", () => {
    const uses = Object.values(workflow.jobs).flatMap((job) => job.steps.map((s) => s.uses).filter(Boolean));
    expect(uses).toEqual(expect.arrayContaining(["actions/upload-pages-artifact@v3", "actions/deploy-pages@v4"]));
    expect(readFileSync(WORKFLOW, "utf8")).toMatch(/path: release\/\*\.zip/);
  });
});
