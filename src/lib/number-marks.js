// Which mark is the decimal mark in a column of numbers typed by people or spreadsheets: Dutch
// Excel writes "4,23" and "464.234" (thousands dot) in one file, English software "4.23" and
// "464,234". A cell with one mark followed by exactly three digits says nothing by itself; the
// other cells of the column decide, and else the rest of the file.

const clean = (text) =>
  String(text ?? "")
    .replace(/[\s\u00a0\u202f]/g, "")
    .replace(/^[\u2212+-]/, "");

/**
 * The evidence a cell gives: "," or "." when it can only be read with that decimal mark, null
 * when it has no mark or one that could be either ("464.234").
 * @param {string} cell
 * @returns {"," | "." | null}
 */
export function decimalEvidence(cell) {
  const t = clean(cell);
  if (!/^[\d.,]+$/.test(t) || !/\d/.test(t)) return null;
  const commas = t.split(",").length - 1;
  const points = t.split(".").length - 1;
  if (commas && points) return t.lastIndexOf(",") > t.lastIndexOf(".") ? "," : ".";
  if (commas + points === 0) return null;
  const mark = commas ? "," : ".";
  // Two of the same mark group thousands, so the other mark is the decimal one.
  if (commas + points > 1) return mark === "," ? "." : ",";
  const whole = t.slice(0, t.indexOf(mark));
  const decimals = t.length - whole.length - 1;
  // "0.234" and "1234.567" cannot be thousands groups.
  const couldGroup = decimals === 3 && /^[1-9]\d{0,2}$/.test(whole);
  return couldGroup ? null : mark;
}

/**
 * The decimal mark of a set of cells from their unambiguous cells; `fallback` when none decides.
 * @param {Iterable<string>} cells
 * @param {"," | "." | null} [fallback]
 * @returns {"," | "." | null}
 */
export function decimalMarkOf(cells, fallback = null) {
  let comma = 0;
  let point = 0;
  for (const cell of cells) {
    const evidence = decimalEvidence(cell);
    if (evidence === ",") ++comma;
    else if (evidence === ".") ++point;
  }
  return comma > point ? "," : point > comma ? "." : fallback;
}

/** "komma" / "punt" and the thousands mark that goes with it, for messages. */
export const describeMarks = (decimal) =>
  decimal === "," ? "decimaalkomma, duizendtallen met punt" : "decimaalpunt, duizendtallen met komma";
