/** Errors of the official path: each names the file (or URL), the column and the value at fault. */

export interface SourceProblem {
  file: string;
  column?: string;
  row?: number;
  value?: unknown;
  message: string;
}

const show = (value: unknown) =>
  typeof value === "string" ? JSON.stringify(value) : (JSON.stringify(value) ?? String(value));

export function describeProblem(p: SourceProblem): string {
  const where = [`file ${p.file}`];
  if (p.column !== undefined) where.push(`column ${JSON.stringify(p.column)}`);
  if (p.row !== undefined) where.push(`row ${p.row}`);
  if (p.value !== undefined) where.push(`value ${show(p.value)}`);
  return `${where.join(", ")}: ${p.message}`;
}

export class SourceError extends Error {
  constructor(public problem: SourceProblem) {
    super(describeProblem(problem));
    this.name = "SourceError";
  }
}

export const fail = (problem: SourceProblem): never => {
  throw new SourceError(problem);
};

/** Download failures: the cache is left as it was; the message says how to supply the file by hand. */
export class DownloadError extends Error {
  constructor(
    public url: string,
    public reason: string,
    public manualPath: string | null,
    public offlineDir: string | null = null,
  ) {
    super(
      `Could not download ${url}: ${reason}.` +
        (offlineDir
          ? ` Download this URL on a machine with internet access and save it as ${manualPath}, or prepare the whole directory there with npm run official:download -- --out DIR.`
          : ` The cache was left unchanged.` +
            (manualPath
              ? ` On a machine without internet access, download this URL by hand and save it as ${manualPath}, then set LBM_OFFLINE_DIR to that directory (npm run official:download -- --out DIR fetches every file at once).`
              : "")),
    );
    this.name = "DownloadError";
  }
}
