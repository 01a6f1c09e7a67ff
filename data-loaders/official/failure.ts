/**
 * A failed official build, told as one paragraph a user can act on: which source, which URL or
 * file, column and value, what was expected and what to do. The stack trace only under DEBUG.
 */
import {DownloadError, SourceError} from "./errors.ts";
import {expandUrl, loadRegistry, type Registry} from "./registry.ts";

export interface SourceLabel {
  label: string;
  url: string;
}

/** Each registered source with the URL its files start with, to name the source of a failing URL. */
export function sourceLabels(registry: Registry): SourceLabel[] {
  const {hosts} = registry;
  return [
    {label: `${registry.lbm.publisher}: ${registry.lbm.name}`, url: expandUrl(registry.lbm.url, hosts)},
    ...Object.values(registry.cbs).map((s) => ({label: `CBS ${s.table}: ${s.name}`, url: expandUrl(s.url, hosts)})),
    ...Object.entries(registry.geometry.layers).map(([layer, spec]) => ({
      label: `${registry.geometry.publisher}: ${registry.geometry.name} (${layer})`,
      url: expandUrl(spec.url, hosts),
    })),
  ];
}

function locationOf(error: unknown): string | null {
  if (error instanceof DownloadError) return error.url;
  if (error instanceof SourceError) return error.problem.file;
  return /https?:\/\/\S+/.exec(String((error as Error)?.message ?? ""))?.[0] ?? null;
}

function sourceOf(location: string | null, sources: SourceLabel[]): string | null {
  if (!location) return null;
  const candidates = sources.filter((s) => location.startsWith(s.url.replace(/\/$/, "")));
  return candidates.sort((a, b) => b.url.length - a.url.length)[0]?.label ?? null;
}

const ADVICE_FOR_SOURCE_ERRORS =
  "If the publisher renamed a column or moved the file, correct this source in the JSON file named by " +
  "LBM_SOURCES_CONFIG (see the README, section Officiële gegevens); set DEBUG=1 to see where in the code it stopped.";

export function describeFailure(
  error: unknown,
  sources: SourceLabel[] = [],
  debug = Boolean(process.env.DEBUG),
): string {
  const e = error instanceof Error ? error : new Error(String(error));
  const source = sourceOf(locationOf(error), sources);
  const text = [
    "The official data could not be built.",
    source ? `Source: ${source}.` : "",
    e.message.trim().replace(/\.?$/, "."),
    error instanceof SourceError ? ADVICE_FOR_SOURCE_ERRORS : "",
  ]
    .filter(Boolean)
    .join(" ")
    .replace(/\s*\n\s*/g, " ");
  return debug && e.stack ? `${text}\n\n${e.stack}` : text;
}

/** Carries the readable paragraph; its stack is the paragraph itself unless DEBUG is set. */
export class OfficialBuildError extends Error {
  constructor(error: unknown, sources: SourceLabel[]) {
    super(describeFailure(error, sources, false), {cause: error});
    this.name = "OfficialBuildError";
    this.stack = describeFailure(error, sources);
  }
}

/** Wraps any failure of an official build, naming its source from the configured registry when it loads. */
export function officialBuildError(error: unknown): OfficialBuildError {
  if (error instanceof OfficialBuildError) return error;
  let sources: SourceLabel[] = [];
  try {
    sources = sourceLabels(loadRegistry());
  } catch {
    // The configuration itself is what failed; the message says so.
  }
  return new OfficialBuildError(error, sources);
}
