// Bring-your-own indicators: parse a CSV with a gemeentecode column and numeric columns, in the
// browser. Separator ; , or tab (or an Excel "sep=" line); decimal comma or point, decided per
// column from its unambiguous cells (number-marks.js), else for the whole file; a byte order mark;
// RFC 4180 quoting. Nothing is guessed silently: every skipped row,
// non-numeric cell, skipped column and unknown code is reported. Column names are returned as
// plain strings; callers must render them as text, never as markup, and never use them as ids.

import {decimalMarkOf} from "./number-marks.js";

export const LIMITS = {bytes: 5_000_000, rows: 50_000, columns: 100, nameLength: 80};

const SEPARATORS = [";", ",", "\t"];
const SEPARATOR_NAMES = {";": "puntkomma", ",": "komma", "\t": "tab"};
const CODE_HEADER = /^(gemeente[ _-]?code|gm[ _-]?code|gemeente|gwb[ _-]?code(?:[ _-]?\d+)?|code|regiocode)$/i;

/** GM0363 from "GM0363", "gm363", " 363 " or "0363"; null otherwise. */
export function normalizeGemeenteCode(text) {
  const match = /^(?:GM)?\s*0*(\d{1,4})$/i.exec(String(text ?? "").trim());
  if (!match) return null;
  return `GM${match[1].padStart(4, "0")}`;
}

/**
 * Records of a CSV text with the given separator: arrays of fields, with the line number on which
 * each record starts. Throws on an unterminated quote, naming the line.
 */
export function tokenize(text, separator) {
  const records = [];
  let field = "";
  let record = [];
  let line = 1;
  let recordLine = 1;
  let quoted = false;
  let quoteLine = 0;
  let i = 0;
  const endRecord = () => {
    record.push(field);
    records.push({line: recordLine, fields: record});
    record = [];
    field = "";
  };
  while (i < text.length) {
    const c = text[i];
    if (quoted) {
      if (c === '"') {
        if (text[i + 1] === '"') {
          field += '"';
          i += 2;
          continue;
        }
        quoted = false;
      } else {
        if (c === "\n") ++line;
        field += c;
      }
      ++i;
      continue;
    }
    if (c === '"' && field.trim() === "") {
      quoted = true;
      quoteLine = line;
      field = "";
    } else if (c === separator) {
      record.push(field);
      field = "";
    } else if (c === "\r" || c === "\n") {
      if (c === "\r" && text[i + 1] === "\n") ++i;
      endRecord();
      recordLine = ++line;
    } else {
      field += c;
    }
    ++i;
  }
  if (quoted) throw new Error(`Aanhalingsteken op regel ${quoteLine} wordt nergens gesloten`);
  if (field !== "" || record.length) endRecord();
  return records.filter((r) => !(r.fields.length === 1 && r.fields[0].trim() === ""));
}

function detectSeparator(firstLine) {
  let best = ";";
  let bestCount = -1;
  for (const separator of SEPARATORS) {
    // Count separators outside quotes only.
    let count = 0;
    let quoted = false;
    for (const c of firstLine) {
      if (c === '"') quoted = !quoted;
      else if (!quoted && c === separator) ++count;
    }
    if (count > bestCount) [best, bestCount] = [separator, count];
  }
  return best;
}

const clean = (text) =>
  String(text)
    .replace(/[\s\u00a0\u202f]/g, "")
    .replace(/^\u2212/, "-");

/** The decimal mark most unambiguous cells use; "." when none decides. */
export const detectDecimal = (cells) => decimalMarkOf(cells, ".");

/**
 * A number from cell text given the file's decimal mark (the other mark may group thousands:
 * "1.234,5" with a decimal comma). Returns undefined for text that is not a number, null for empty.
 */
export function parseNumber(text, decimal = ".") {
  const t = clean(text ?? "");
  if (t === "") return null;
  const d = decimal === "," ? "," : "\\.";
  const g = decimal === "," ? "\\." : ",";
  const pattern = new RegExp(`^[+-]?(?:\\d+|\\d{1,3}(?:${g}\\d{3})+)?(?:${d}\\d+)?(?:[eE][+-]?\\d+)?$`);
  if (!/\d/.test(t) || !pattern.test(t) || /^[+-]?[eE]/.test(t)) return undefined;
  const normal = t.replace(new RegExp(g, "g"), "").replace(",", ".");
  const value = Number(normal);
  return Number.isFinite(value) ? value : undefined;
}

function codeColumnOf(header, rows) {
  const share = (c, test) => {
    const values = rows.map((r) => r.fields[c]).filter((v) => v != null && v.trim() !== "");
    return values.length ? values.filter(test).length / values.length : 0;
  };
  const isCode = (v) => normalizeGemeenteCode(v) !== null;
  const hasPrefix = (v) => /^\s*GM/i.test(v);
  // A column named like a code column, if at least half its values are codes (the rest get listed);
  // otherwise the first column of nearly all GM… codes (bare numbers could be any indicator).
  const named = header.findIndex((name, c) => CODE_HEADER.test(name.trim()) && share(c, isCode) >= 0.5);
  if (named >= 0) return named;
  return header.findIndex((_, c) => share(c, isCode) >= 0.8 && share(c, hasPrefix) >= 0.5);
}

const fail = (error) => ({
  ok: false,
  error,
  indicators: [],
  skippedColumns: [],
  issues: [],
  unmatchedCodes: [],
  rows: 0,
});

/**
 * @param {string} input the file's text
 * @param {{knownCodes?: Set<string> | null, idPrefix?: string}} [options]
 * @returns {{ok: boolean, error: string | null, separator?: string, separatorName?: string, decimal?: string,
 *   codeColumn?: string, indicators: {id: string, name: string, values: Map<string, number | null>, count: number, decimal: string}[],
 *   skippedColumns: {name: string, reason: string}[], issues: {line: number, column: string | null, value: string, problem: string}[],
 *   unmatchedCodes: string[], rows: number}}
 */
export function parseIndicatorCsv(input, {knownCodes = null, idPrefix = "eigen"} = {}) {
  if (typeof input !== "string") return fail("Het bestand kon niet als tekst worden gelezen.");
  if (input.length > LIMITS.bytes) return fail(`Het bestand is te groot (meer dan ${LIMITS.bytes / 1e6} MB).`);
  if (input.includes("\u0000")) return fail("Dit is geen tekstbestand (CSV); sla het in uw spreadsheet op als CSV.");
  let text = input.replace(/^\ufeff/, "");
  let separator;
  const sepLine = /^"?sep=(.)"?[;,\t]*\r?\n/i.exec(text);
  if (sepLine) {
    separator = sepLine[1];
    text = text.slice(sepLine[0].length);
  } else {
    separator = detectSeparator(text.split(/\r?\n|\r/, 1)[0] ?? "");
  }
  let records;
  try {
    records = tokenize(text, separator);
  } catch (error) {
    return fail(`Het bestand is geen geldige CSV: ${error.message}.`);
  }
  if (records.length < 2) return fail("Het bestand heeft een kopregel en ten minste één gegevensregel nodig.");
  if (records.length - 1 > LIMITS.rows) return fail(`Het bestand heeft te veel regels (meer dan ${LIMITS.rows}).`);
  const [head, ...body] = records;
  const header = head.fields.map((name, c) => name.trim().slice(0, LIMITS.nameLength) || `kolom ${c + 1}`);
  if (header.length < 2) {
    return fail(
      "Het bestand heeft maar één kolom; verwacht een gemeentecode en ten minste één indicator, gescheiden door ; of ,.",
    );
  }
  if (header.length > LIMITS.columns) return fail(`Het bestand heeft te veel kolommen (meer dan ${LIMITS.columns}).`);

  const issues = [];
  const rows = body.filter((r) => {
    if (r.fields.length === header.length) return true;
    issues.push({
      line: r.line,
      column: null,
      value: r.fields.join(separator).slice(0, 80),
      problem: `${r.fields.length} velden in plaats van ${header.length}; regel overgeslagen`,
    });
    return false;
  });
  const codeIndex = codeColumnOf(header, rows);
  if (codeIndex < 0) {
    return fail(
      'Geen kolom met gemeentecodes gevonden: noem die kolom bijvoorbeeld "gemeentecode", met waarden als GM0363 of 363.',
    );
  }

  const fileDecimal = detectDecimal(rows.flatMap((r) => r.fields.filter((_, c) => c !== codeIndex)));
  const seen = new Set();
  const used = [];
  const unmatched = new Set();
  for (const r of rows) {
    const raw = r.fields[codeIndex];
    const code = normalizeGemeenteCode(raw);
    if (!code) {
      issues.push({
        line: r.line,
        column: header[codeIndex],
        value: raw,
        problem: "geen gemeentecode; regel overgeslagen",
      });
    } else if (seen.has(code)) {
      issues.push({
        line: r.line,
        column: header[codeIndex],
        value: raw,
        problem: `${code} komt al eerder voor; deze regel is overgeslagen`,
      });
    } else {
      seen.add(code);
      const matched = !knownCodes || knownCodes.has(code);
      if (!matched) unmatched.add(code);
      used.push({code, record: r, matched});
    }
  }
  if (used.length && !used.some((d) => d.matched)) {
    return {
      ...fail(
        `Geen van de ${used.length} gemeentecodes in het bestand komt voor in de gegevens (bijvoorbeeld ${used[0].code}).`,
      ),
      unmatchedCodes: [...unmatched].sort(),
      rows: body.length,
    };
  }

  const indicators = [];
  const skippedColumns = [];
  header.forEach((name, c) => {
    if (c === codeIndex) return;
    const decimal = decimalMarkOf(
      used.map(({record}) => record.fields[c]),
      fileDecimal,
    );
    const parsed = used.map(({record}) => parseNumber(record.fields[c], decimal));
    const numeric = parsed.filter((v) => typeof v === "number").length;
    const textual = parsed.filter((v) => v === undefined).length;
    if (numeric === 0 || textual > numeric) {
      skippedColumns.push({name, reason: numeric === 0 ? "geen getallen" : "meer tekst dan getallen"});
      return;
    }
    // Column types are judged on every row with a valid code; values are kept for known gemeenten only.
    const values = new Map();
    used.forEach(({code, record, matched}, i) => {
      const v = parsed[i];
      if (v === undefined) {
        issues.push({
          line: record.line,
          column: name,
          value: record.fields[c],
          problem: "geen getal; als ontbrekend behandeld",
        });
      }
      if (matched) values.set(code, typeof v === "number" ? v : null);
    });
    const count = [...values.values()].filter((v) => v !== null).length;
    indicators.push({id: `${idPrefix}_${indicators.length + 1}`, name, values, count, decimal});
  });
  issues.sort((a, b) => a.line - b.line);
  const error = indicators.length ? null : "Geen kolom met getallen gevonden naast de gemeentecode.";
  return {
    ok: error === null,
    error,
    separator,
    separatorName: SEPARATOR_NAMES[separator] ?? JSON.stringify(separator),
    decimal: fileDecimal,
    codeColumn: header[codeIndex],
    indicators,
    skippedColumns,
    issues,
    unmatchedCodes: [...unmatched].sort(),
    rows: body.length,
  };
}
