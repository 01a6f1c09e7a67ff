/**
 * Is a body what was asked for? A publisher (or a proxy in between) can answer 200 with a
 * maintenance page, a proxy login page, an Atom feed where JSON was asked, or a cut-off zip. The
 * body decides (servers mislabel their content-type); the content-type names what came back.
 */
import {strFromU8} from "fflate";

export type Expected = "json" | "zip" | "csv" | "any";

/** What a file name asks for, when the caller does not say. */
export function expectedOf(name: string): Expected {
  const extension = /\.([a-z0-9]+)$/i.exec(name)?.[1]?.toLowerCase();
  if (extension === "json" || extension === "geojson") return "json";
  if (extension === "zip") return "zip";
  if (extension === "csv") return "csv";
  return "any";
}

type Kind = "json" | "zip" | "html" | "xml" | "gzip" | "pdf" | "binary" | "text";

const KIND_NAMES: Record<Kind, string> = {
  json: "JSON",
  zip: "a zip archive",
  html: "an HTML page",
  xml: "an XML (Atom) document",
  gzip: "a gzip file",
  pdf: "a PDF",
  binary: "binary data",
  text: "plain text",
};

const expectedName = (expected: Exclude<Expected, "any">) => (expected === "csv" ? "a CSV file" : KIND_NAMES[expected]);

const startsWith = (bytes: Uint8Array, ...prefix: number[]) => prefix.every((b, i) => bytes[i] === b);

function headOf(bytes: Uint8Array): string {
  return new TextDecoder()
    .decode(bytes.subarray(0, 512))
    .replace(/^\uFEFF/, "")
    .trimStart();
}

function sniff(bytes: Uint8Array): Kind {
  if (startsWith(bytes, 0x50, 0x4b, 0x03, 0x04) || startsWith(bytes, 0x50, 0x4b, 0x05, 0x06)) return "zip";
  if (startsWith(bytes, 0x1f, 0x8b)) return "gzip";
  if (startsWith(bytes, 0x25, 0x50, 0x44, 0x46)) return "pdf";
  const head = headOf(bytes);
  if (/^(<!doctype html|<html|<head|<body|<title|<meta)/i.test(head)) return "html";
  if (/^<\?xml|^<(feed|service|edmx|ows|wfs|[a-z]+:)/i.test(head)) return /<html/i.test(head) ? "html" : "xml";
  if (/^[{[]/.test(head)) return "json";
  if (bytes.subarray(0, 512).includes(0)) return "binary";
  return "text";
}

function kindOfType(contentType: string | null): Kind | null {
  const type = (contentType ?? "").toLowerCase();
  if (type.includes("html")) return "html";
  if (type.includes("xml")) return "xml";
  return null;
}

const ACCEPTED: Record<Exclude<Expected, "any">, Kind[]> = {
  json: ["json"],
  zip: ["zip"],
  csv: ["text"],
};

const WHAT_TO_DO: Partial<Record<Kind, string>> = {
  html:
    "This is usually a maintenance page or a proxy login page: open the URL in a browser on this machine; " +
    "if a proxy asks you to log in, set HTTPS_PROXY (with credentials) or download the file by hand",
  xml: "CBS's bulk feed answers Atom XML unless asked for JSON: add $format=json to the source's URL in LBM_SOURCES_CONFIG",
};

export class ContentError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "ContentError";
  }
}

/** Throws a ContentError saying what came back and what to do, unless the body is what `expected` asks. */
export function checkContent(bytes: Uint8Array, expected: Expected, contentType: string | null = null): void {
  if (expected === "any") return;
  const kind = sniff(bytes);
  const labelled = kindOfType(contentType);
  const accepted = ACCEPTED[expected];
  // A CSV body is text, so only the content-type can tell an HTML or XML page that sniffing missed.
  const wrong = !accepted.includes(kind) || (expected === "csv" && labelled !== null);
  if (wrong) {
    const shown = labelled && !accepted.includes(labelled) && kind === "text" ? labelled : kind;
    const readable = !["zip", "gzip", "pdf", "binary"].includes(kind);
    const begins = readable ? `, beginning ${JSON.stringify(headOf(bytes).replace(/\s+/g, " ").slice(0, 80))}` : "";
    const advice = WHAT_TO_DO[shown] ?? "check the URL in a browser, or download the file by hand";
    throw new ContentError(
      `the body is ${KIND_NAMES[shown]}, not ${expectedName(expected)} (${bytes.length} bytes, content-type ${contentType ?? "not given"}${begins}). What to do: ${advice}`,
    );
  }
  if (!bytes.length) throw new ContentError(`expected ${expectedName(expected)} but received an empty body`);
}

/** A full parse where sniffing the start is not enough: a JSON or zip that was cut off. */
export function checkComplete(bytes: Uint8Array, expected: Expected): void {
  if (expected === "json") {
    try {
      JSON.parse(strFromU8(bytes).replace(/^\uFEFF/, ""));
    } catch (error) {
      throw new ContentError(`the JSON is incomplete or invalid (${(error as Error).message})`);
    }
  }
  if (expected === "zip") {
    // The end-of-central-directory record sits in the last 64 KiB + 22 bytes of every complete zip.
    const tail = bytes.subarray(Math.max(0, bytes.length - 65_557));
    const found = Buffer.from(tail.buffer, tail.byteOffset, tail.length).lastIndexOf(Buffer.from([0x50, 0x4b, 5, 6]));
    if (found < 0) throw new ContentError("not a complete zip archive (no end-of-archive record: the file is cut off)");
  }
}
