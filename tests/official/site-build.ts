// Builds the whole site with LBM_SOURCE=official against the fixture publisher, in a private
// directory (its own copy of src/, so Framework's loader cache under src/.observablehq is not
// shared with demo builds), then checks every page's data banner in Chromium. Then it builds the
// site a second time with the publisher stopped and the built tables and loader outputs removed,
// so the second build must come entirely from the warm download cache.
//   npx tsx tests/official/site-build.ts [workdir]        (default /tmp/lbm-official-site)
import {spawn} from "node:child_process";
import {cp, mkdir, readdir, rm, symlink, writeFile} from "node:fs/promises";
import {dirname, join, resolve} from "node:path";
import {fileURLToPath} from "node:url";
import {LBM_YEARS} from "./fixtures/index.ts";
import {startPublisher} from "./publisher.ts";

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), "../..");
const work = resolve(process.argv[2] ?? "/tmp/lbm-official-site");
// The years the pages must offer: the fixture's LBM years; SES-WOA and safety keep 2019 (their registry `years`).
const FIXTURE_YEARS = {lbm: LBM_YEARS, ses: [2019], safety: [2019]};

function run(command: string, args: string[], env: NodeJS.ProcessEnv): Promise<void> {
  return new Promise((done, failed) => {
    const child = spawn(command, args, {cwd: ROOT, env: {...process.env, ...env}, stdio: "inherit"});
    child.on("exit", (code) =>
      code === 0 ? done() : failed(new Error(`${command} ${args.join(" ")} exited with ${code}`)),
    );
  });
}

await rm(join(work, "root"), {recursive: true, force: true});
await rm(join(work, "dist"), {recursive: true, force: true});
await mkdir(join(work, "root"), {recursive: true});
await cp(join(ROOT, "src"), join(work, "root/src"), {
  recursive: true,
  filter: (path) => !path.includes(".observablehq"),
});
for (const name of ["data-loaders", "node_modules", "package.json", "tsconfig.json"])
  await symlink(join(ROOT, name), join(work, "root", name));
await writeFile(
  join(work, "config.mjs"),
  `import config from ${JSON.stringify(join(ROOT, "observablehq.config.ts"))};\nexport default {...config, root: ${JSON.stringify(join(work, "root/src"))}, output: ${JSON.stringify(join(work, "dist"))}};\n`,
);

async function buildAndCheck(env: NodeJS.ProcessEnv, label: string) {
  const started = performance.now();
  await rm(join(work, "dist"), {recursive: true, force: true});
  await run("npx", ["observable", "build", "--config", join(work, "config.mjs")], env);
  await run("node", ["scripts/postbuild.mjs", join(work, "dist")], {});
  await run("node", ["--test", "tests/official/site-banner.e2e.mjs"], {
    DIST_DIR: join(work, "dist"),
    SCREENSHOT_DIR: join(work, "screenshots"),
    FIXTURE_YEARS: JSON.stringify(FIXTURE_YEARS),
  });
  console.log(`${label}: built and checked in ${((performance.now() - started) / 1000).toFixed(0)} s`);
}

const publisher = await startPublisher();
let running = true;
const env = {
  LBM_SOURCE: "official",
  LBM_SOURCES_CONFIG: join(work, "sources.json"),
  LBM_CACHE_DIR: join(work, "cache"),
  NODE_OPTIONS: "--import tsx/esm",
};
try {
  await rm(join(work, "cache"), {recursive: true, force: true});
  await writeFile(join(work, "sources.json"), JSON.stringify(publisher.config(), null, 1));
  await buildAndCheck(env, "Official site, cold cache");
  await publisher.close();
  running = false;
  // Keep only the download cache: the tables and Framework's loader outputs are built again from it.
  for (const entry of await readdir(join(work, "cache")))
    if (entry !== "official-downloads") await rm(join(work, "cache", entry), {recursive: true, force: true});
  await rm(join(work, "root/src/.observablehq/cache/data"), {recursive: true, force: true});
  await buildAndCheck(env, "Official site, warm download cache, publisher stopped");
  console.log(`Official site built twice and checked: ${join(work, "dist")}`);
} finally {
  if (running) await publisher.close();
}
