/** What a reader needs to cite the site: version and licence (package.json), build date and where
 * the code lives. SOURCE_DATE_EPOCH fixes the date for reproducible builds; LBM_REPOSITORY_URL (or
 * package.json's repository) names the repository. */
import {readFileSync} from "node:fs";

export interface SiteInfo {
  name: string;
  version: string;
  licence: string;
  /** ISO date (YYYY-MM-DD, UTC). */
  built: string;
  repository: string | null;
}

export function siteInfo(env: NodeJS.ProcessEnv = process.env): SiteInfo {
  const pkg = JSON.parse(readFileSync(new URL("../package.json", import.meta.url), "utf8"));
  const epoch = env.SOURCE_DATE_EPOCH?.trim();
  if (epoch && !/^\d+$/.test(epoch)) throw new Error(`SOURCE_DATE_EPOCH=${epoch} is not a number of seconds`);
  const built = epoch ? new Date(Number(epoch) * 1000) : new Date();
  const repository = env.LBM_REPOSITORY_URL?.trim() || pkg.repository?.url?.replace(/^git\+/, "") || null;
  return {
    name: pkg.name,
    version: pkg.version,
    licence: pkg.license,
    built: built.toISOString().slice(0, 10),
    repository,
  };
}
