/** Names the built official outputs after everything that shapes them: the code, the source
 * configuration and the offline files, so a change to any of these rebuilds instead of reusing. */
import {createHash} from "node:crypto";
import {existsSync} from "node:fs";
import {readdir, readFile, stat} from "node:fs/promises";
import {join, relative} from "node:path";

async function listFiles(dir: string): Promise<string[]> {
  const entries = await readdir(dir, {withFileTypes: true});
  const nested = await Promise.all(
    entries.map((e) => (e.isDirectory() ? listFiles(join(dir, e.name)) : [join(dir, e.name)])),
  );
  return nested.flat().sort();
}

export async function officialFingerprint(root: string, env: NodeJS.ProcessEnv = process.env): Promise<string> {
  const hash = createHash("sha256");
  for (const folder of ["data-loaders/contract", "data-loaders/official"]) {
    for (const file of (await listFiles(join(root, folder))).filter((f) => f.endsWith(".ts")))
      hash.update(relative(root, file)).update(await readFile(file));
  }
  for (const file of ["data-loaders/parquet.ts", "data-loaders/build.ts", "data-loaders/dataset-id.ts"])
    hash.update(file).update(await readFile(join(root, file)));
  const config = env.LBM_SOURCES_CONFIG;
  hash.update(`config:${config ?? ""}`);
  if (config && existsSync(config)) hash.update(await readFile(config));
  const offline = env.LBM_OFFLINE_DIR;
  hash.update(`offline:${offline ?? ""}`);
  if (offline && existsSync(offline)) {
    for (const file of await listFiles(offline)) {
      const info = await stat(file);
      hash.update(`${relative(offline, file)}:${info.size}:${info.mtimeMs}`);
    }
  }
  return hash.digest("hex").slice(0, 10);
}
