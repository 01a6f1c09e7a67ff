// A tagged template that keeps SQL text and values apart: values become bound parameters (?),
// so a gemeente name with a quote can neither break nor inject. `display` inlines the values,
// correctly quoted, for the Methode disclosure only; it is never executed.

const FRAGMENT = Symbol("sql.fragment");

export function sql(strings, ...values) {
  return {[FRAGMENT]: true, strings: [...strings], values};
}

export const isFragment = (x) => x != null && x[FRAGMENT] === true;

/** Trusted SQL text (constants from the registry); never pass reader input here. */
export function raw(text) {
  return sql([String(text)]);
}

/** A column or table name, accepted only if it is in `allowed`. */
export function ident(name, allowed) {
  if (allowed && !allowed.includes(name)) {
    throw new Error(`Onbekende kolom ${JSON.stringify(name)}; toegestaan: ${allowed.join(", ")}`);
  }
  if (typeof name !== "string" || !/^[A-Za-z_][A-Za-z0-9_]*$/.test(name)) {
    throw new Error(`Ongeldige kolomnaam ${JSON.stringify(name)}`);
  }
  return raw(`"${name}"`);
}

/** Joins fragments (or values) with a separator, e.g. conditions with AND. */
export function join(parts, separator = ", ") {
  const list = [...parts];
  if (list.length === 0) return raw("");
  const strings = [""];
  const values = [];
  list.forEach((part, i) => {
    if (i > 0) strings[strings.length - 1] += separator;
    values.push(part);
    strings.push("");
  });
  return sql(strings, ...values);
}

/** WHERE-ready conjunction of fragments; TRUE when there are none. */
export function and(conditions) {
  const list = conditions.filter(Boolean);
  return list.length
    ? join(
        list.map((c) => sql`(${c})`),
        " AND ",
      )
    : raw("TRUE");
}

export function literal(value) {
  if (value === null || value === undefined) return "NULL";
  if (typeof value === "number") {
    if (!Number.isFinite(value)) throw new Error(`Geen eindig getal: ${value}`);
    return String(value);
  }
  if (typeof value === "bigint") return String(value);
  if (typeof value === "boolean") return value ? "TRUE" : "FALSE";
  if (value instanceof Date) return `TIMESTAMP '${value.toISOString()}'`;
  return `'${String(value).replaceAll("'", "''")}'`;
}

function checkParam(value) {
  if (typeof value === "number" && !Number.isFinite(value))
    throw new Error(`Geen eindig getal als parameter: ${value}`);
  if (value !== null && typeof value === "object" && !(value instanceof Date)) {
    throw new Error(`Parameter van type ${value?.constructor?.name ?? typeof value} wordt niet ondersteund`);
  }
  return value instanceof Date ? value.toISOString() : value;
}

/**
 * Compiles a fragment to {text, params, display}. Arrays expand to a parenthesised list
 * (`x IN ${list}`); an empty array matches nothing.
 */
export function compile(fragment) {
  let text = "";
  let display = "";
  const params = [];
  const visit = (f) => {
    f.strings.forEach((s, i) => {
      text += s;
      display += s;
      if (i >= f.values.length) return;
      const v = f.values[i];
      if (isFragment(v)) visit(v);
      else if (Array.isArray(v)) {
        if (v.length === 0) {
          text += "(SELECT NULL WHERE FALSE)";
          display += "(SELECT NULL WHERE FALSE)";
        } else {
          text += `(${v.map(() => "?").join(", ")})`;
          display += `(${v.map(literal).join(", ")})`;
          params.push(...v.map(checkParam));
        }
      } else {
        params.push(checkParam(v));
        text += "?";
        display += literal(v);
      }
    });
  };
  visit(fragment);
  return {text, params, display};
}
