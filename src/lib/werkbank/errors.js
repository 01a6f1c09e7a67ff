// DuckDB's error messages are English and precise; the werkbank shows them as they are, with the
// line they point at and a short Dutch explanation of the kind of error.

/** @type {[RegExp, string][]} */
const EXPLANATIONS = [
  [/^RefusedStatement/, "Alleen lezen: de tabellen van de site blijven zoals ze zijn."],
  [
    /^Parser Error/i,
    "De query is geen geldige SQL: kijk bij de aangewezen plek naar een typefout, een ontbrekende komma of haakje.",
  ],
  [
    /^Binder Error/i,
    "Een kolom of tabel in de query bestaat niet (zo), of een kolom staat niet in GROUP BY. Het schema links noemt alle kolommen.",
  ],
  [/^Catalog Error/i, "Een tabel of functie met deze naam bestaat niet. De tabellen zijn areas, lbm, ses en safety."],
  [/^Conversion Error/i, "Een waarde kon niet naar het gevraagde type worden omgezet (bijvoorbeeld tekst naar getal)."],
  [
    /^Permission Error/i,
    "De werkbank leest alleen de tabellen van de site; bestanden of adressen buiten uw browser zijn afgesloten.",
  ],
  [/^(Interrupt|INTERRUPT)|interrupted|cancel/i, "De query is afgebroken."],
  [
    /^Out of Memory Error/i,
    "De query vraagt meer geheugen dan de browser heeft; beperk het resultaat (WHERE, LIMIT) of tel eerst.",
  ],
  [/^Invalid Input Error/i, "DuckDB kan de invoer niet verwerken zoals gevraagd."],
];

/**
 * {title, message, line, explanation} of an error thrown by the werkbank's runner.
 * @param {unknown} error
 */
export function explainError(error) {
  const name = /** @type {any} */ (error)?.name;
  const raw = String(/** @type {any} */ (error)?.message ?? error);
  const message = name === "RefusedStatement" ? `RefusedStatement: ${raw}` : raw;
  const lineMatch = /LINE (\d+):/.exec(raw);
  const found = EXPLANATIONS.find(([pattern]) => pattern.test(message));
  return {
    title: name === "RefusedStatement" ? "Niet uitgevoerd" : (/^([A-Z][A-Za-z ]*Error)/.exec(raw)?.[1] ?? "Fout"),
    message: raw,
    line: lineMatch ? Number(lineMatch[1]) : null,
    explanation: found ? found[1] : "DuckDB meldt een fout; de melding hieronder zegt wat er misging.",
  };
}
