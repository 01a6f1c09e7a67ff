// Control state in the query string, so that a view can be shared as a link.
//
// Values are encoded per type:
//   string    as is
//   number    decimal with a point (`2014`, `0.25`, `-1.5e-7`)
//   boolean   `true` / `false` (also reads `1` / `0`)
//   string[]  comma-separated; a comma or percent sign inside an element is written %2C / %25,
//   number[]  and an empty element as a lone `%`. The empty list is the empty string (`?k=`).
// A value equal to its default is left out of the URL, so links stay short and defaults can
// change later without old links pinning them.

/**
 * @typedef {"string" | "number" | "boolean" | "string[]" | "number[]"} UrlType
 * @typedef {{type?: UrlType | string, default?: any, options?: readonly any[], validate?: (value: any) => unknown, invalid?: string}} UrlSpec
 *   `invalid`: why a value outside `options` or failing `validate` is refused, in Dutch (for the notice on the page)
 * @typedef {{key: string, text: string, reason: string}} IgnoredParam a link parameter the page could not use
 * @typedef {{location?: {pathname: string, search: string, hash: string}, history?: {state: any, replaceState(state: any, unused: string, url: string): void}}} UrlWindow
 */

import {registerSetting} from "./page-settings.js";
import {reportIgnored} from "./ignored-params.js";

export const TYPES = ["string", "number", "boolean", "string[]", "number[]"];

const NUMBER = /^[+-]?(?:\d+\.?\d*|\.\d+)(?:[eE][+-]?\d+)?$/;

/**
 * The type of a control's value, from its default or else its options.
 * @param {any} defaultValue
 * @param {readonly any[]} [options]
 * @returns {UrlType}
 */
export function inferType(defaultValue, options) {
  const sample = defaultValue ?? options?.find((d) => d != null);
  if (Array.isArray(defaultValue)) {
    const element = defaultValue.length ? defaultValue[0] : options?.find((d) => d != null);
    return typeof element === "number" ? "number[]" : "string[]";
  }
  if (typeof sample === "number") return "number";
  if (typeof sample === "boolean") return "boolean";
  return "string";
}

function checkType(type) {
  if (!TYPES.includes(type)) throw new Error(`Onbekend URL-type ${JSON.stringify(type)}; kies uit ${TYPES.join(", ")}`);
}

function encodeScalar(value, type) {
  if (type === "number") {
    if (typeof value !== "number" || !Number.isFinite(value)) return undefined;
    return String(value);
  }
  if (type === "boolean") return typeof value === "boolean" ? String(value) : undefined;
  return typeof value === "string" ? value : undefined;
}

function decodeScalar(text, type) {
  if (type === "number") return NUMBER.test(text) ? {value: Number(text)} : undefined;
  if (type === "boolean") {
    if (text === "true" || text === "1") return {value: true};
    if (text === "false" || text === "0") return {value: false};
    return undefined;
  }
  return {value: text};
}

const escapeElement = (s) => (s === "" ? "%" : s.replaceAll("%", "%25").replaceAll(",", "%2C"));

function unescapeElement(s) {
  if (s === "%") return "";
  // Only our own two escapes are valid; anything else means a hand-edited or damaged link.
  if (/%(?!25|2C)/i.test(s)) return undefined;
  return s.replace(/%2C/gi, ",").replace(/%25/g, "%");
}

/**
 * Text for the query string, or undefined when the value does not fit the type.
 * @param {any} value
 * @param {UrlType | string} type
 * @returns {string | undefined}
 */
export function encodeValue(value, type) {
  checkType(type);
  if (type.endsWith("[]")) {
    if (!Array.isArray(value)) return undefined;
    const elementType = type.slice(0, -2);
    const parts = [];
    for (const element of value) {
      const text = encodeScalar(element, elementType);
      if (text === undefined) return undefined;
      parts.push(escapeElement(text));
    }
    return parts.join(",");
  }
  return encodeScalar(value, type);
}

/**
 * {value} for well-formed text, undefined otherwise (the caller falls back to the default).
 * @param {string | null | undefined} text
 * @param {UrlType | string} type
 * @returns {{value: any} | undefined}
 */
export function decodeValue(text, type) {
  checkType(type);
  if (typeof text !== "string") return undefined;
  if (type.endsWith("[]")) {
    if (text === "") return {value: []};
    const elementType = type.slice(0, -2);
    const value = [];
    for (const part of text.split(",")) {
      const element = unescapeElement(part);
      if (element === undefined) return undefined;
      const decoded = decodeScalar(element, elementType);
      if (decoded === undefined) return undefined;
      value.push(decoded.value);
    }
    return {value};
  }
  return decodeScalar(text, type);
}

const ascending = (a, b) => (a < b ? -1 : a > b ? 1 : 0);

/** Equality of control values; lists compare as multisets (a multi-select has no order). */
export function sameValue(a, b) {
  if (Array.isArray(a) && Array.isArray(b)) {
    if (a.length !== b.length) return false;
    const sa = [...a].sort(ascending);
    const sb = [...b].sort(ascending);
    return sa.every((d, i) => Object.is(d, sb[i]));
  }
  return Object.is(a, b);
}

/**
 * Fills in a parameter spec: {type, default, options, validate}. `options` lists the allowed
 * values (for lists: the allowed elements); `validate(value)` can add any other rule.
 * @param {UrlSpec} [spec]
 * @returns {{type: UrlType, default: any, options?: readonly any[], validate?: (value: any) => unknown, invalid?: string}}
 */
export function normalizeSpec({type, default: defaultValue = null, options, validate, invalid} = {}) {
  const resolved = /** @type {UrlType} */ (type ?? inferType(defaultValue, options));
  checkType(resolved);
  return {type: resolved, default: defaultValue, options, validate, invalid};
}

const UNREADABLE = {
  number: "geen getal",
  boolean: "geen ja/nee-waarde (true of false)",
  string: "onleesbaar",
  "number[]": "geen lijst van getallen",
  "string[]": "geen leesbare lijst",
};

/** "kies uit 2002, 2008, 2012" for a short list of choices, else "". */
export function choicesText(choices) {
  const list = [...(choices ?? [])].filter((d) => d !== "" && d != null).map(String);
  return list.length && list.length <= 12 ? `; kies uit ${list.join(", ")}` : "";
}

/**
 * Why a decoded value is refused (null when it is allowed).
 * @param {any} value
 * @param {{type: string, options?: readonly any[], validate?: (value: any) => unknown, invalid?: string}} spec
 */
function refusal(value, {type, options, validate, invalid}) {
  if (options) {
    const set = new Set(options);
    const elements = type.endsWith("[]") ? value : [value];
    if (!elements.every((d) => set.has(d))) return invalid ?? `geen keuze op deze pagina${choicesText(options)}`;
  }
  if (type.endsWith("[]") && new Set(value).size !== value.length) return "een keuze staat er dubbel in";
  if (validate && !validate(value)) return invalid ?? "buiten het toegestane bereik";
  return null;
}

/**
 * The value of `key` in a query string and, when the link had a value that cannot be used, what
 * was ignored and why (in Dutch): {value, ignored}. The value is the default when absent or invalid.
 * @param {string} search
 * @param {string} key
 * @param {UrlSpec} spec
 * @returns {{value: any, ignored: IgnoredParam | null}}
 */
export function checkParam(search, key, spec) {
  const normalized = normalizeSpec(spec);
  const params = new URLSearchParams(search);
  if (!params.has(key)) return {value: normalized.default, ignored: null};
  const text = /** @type {string} */ (params.get(key));
  const decoded = decodeValue(text, normalized.type);
  const reason = decoded === undefined ? UNREADABLE[normalized.type] : refusal(decoded.value, normalized);
  if (reason) return {value: normalized.default, ignored: {key, text, reason}};
  return {value: decoded.value, ignored: null};
}

/**
 * The value of `key` in a query string (`?a=1&b=x` or `a=1&b=x`); the default when absent or invalid.
 * @param {string} search
 * @param {string} key
 * @param {UrlSpec} spec
 */
export const readParam = (search, key, spec) => checkParam(search, key, spec).value;

export {clearIgnored, ignoredParams, onIgnoredParams, reportIgnored} from "./ignored-params.js";

/**
 * Like readParam on the current page URL, reporting a value it cannot use (reportIgnored).
 * @param {string} key
 * @param {UrlSpec} spec
 * @param {{search?: string}} [options]
 */
export function readReported(key, spec, {search = globalThis.location?.search ?? ""} = {}) {
  const {value, ignored} = checkParam(search, key, spec);
  reportIgnored(ignored);
  return value;
}

/** Query-string serialisation that leaves commas readable; "?" prefixed, or "" when empty. */
export function formatSearch(params) {
  const parts = [];
  for (const [key, value] of params) {
    // encodeURIComponent writes every "%" as the start of a triplet, so "%2C" is always a real comma.
    parts.push(`${encodeURIComponent(key)}=${encodeURIComponent(value).replace(/%2C/g, ",")}`);
  }
  return parts.length ? `?${parts.join("&")}` : "";
}

/**
 * The query string with `key` set to `value` (or removed when it equals the default, is null,
 * or cannot be encoded); other parameters are kept.
 * @param {string} search
 * @param {string} key
 * @param {any} value
 * @param {UrlSpec} spec
 */
export function writeParam(search, key, value, spec) {
  return writeParams(search, [[key, value, spec]]);
}

/**
 * Like writeParam for several keys at once: entries are [key, value, spec].
 * @param {string} search
 * @param {[string, any, UrlSpec][]} entries
 */
export function writeParams(search, entries) {
  const params = new URLSearchParams(search);
  for (const [key, value, spec] of entries) {
    const {type, default: defaultValue} = normalizeSpec(spec);
    const text = value == null || sameValue(value, defaultValue) ? undefined : encodeValue(value, type);
    if (text === undefined) params.delete(key);
    else params.set(key, text);
  }
  return formatSearch(params);
}

function replaceSearch(search, {location, history}) {
  if (search === location.search || (search === "" && location.search === "?")) return;
  history.replaceState(history.state, "", `${location.pathname}${search}${location.hash}`);
}

/**
 * Reads `key` from the current page URL (browser only).
 * @param {string} key
 * @param {UrlSpec} spec
 * @param {UrlWindow} [window]
 */
export function readUrl(key, spec, {location = globalThis.location} = {}) {
  return readParam(location.search, key, spec);
}

/**
 * Writes several [key, value, spec] entries to the current page URL without adding history entries.
 * @param {[string, any, UrlSpec][]} entries
 * @param {UrlWindow} [window]
 */
export function writeUrl(entries, {location = globalThis.location, history = globalThis.history} = {}) {
  replaceSearch(writeParams(location.search, entries), {location, history});
}

/** Why an input did not take a value from the link: not on its slider, or not among its options (listed when few). */
function refusedByInput(input) {
  const range = input.querySelector?.("input[type=range]");
  if (range) return `past niet op de schuif (${range.min}–${range.max} in stappen van ${range.step})`;
  const options = input.querySelectorAll?.("option") ?? [];
  return `geen keuze op deze pagina${choicesText([...options].map((o) => o.textContent.trim()))}`;
}

/**
 * Binds an input (anything with .value and "input" events, such as an Observable Input) to the
 * URL key: the input starts with the URL's value when valid, and every change is written back.
 * The default is the input's initial value unless given; `id` sets the input's element id (for
 * labels, links and tests). Returns the input, so
 * `view(bindUrl(Inputs.select(years, {value: 2014}), "basisjaar", {id: "base-year"}))` works in a page.
 */
/**
 * @template {{value: any} & EventTarget} T
 * @param {T} input
 * @param {string} key
 * @param {UrlSpec & UrlWindow & {id?: string}} [options]
 * @returns {T}
 */
export function bindUrl(input, key, {location = globalThis.location, history = globalThis.history, id, ...spec} = {}) {
  if (id != null) /** @type {any} */ (input).id = id;
  const initial = input.value;
  spec = normalizeSpec({...spec, default: "default" in spec ? spec.default : initial});
  const {value: fromUrl, ignored} = checkParam(location.search, key, spec);
  reportIgnored(ignored);
  if (!sameValue(fromUrl, input.value)) {
    input.value = fromUrl;
    // Inputs ignore values they do not offer; then keep the input as it was, say so, and clean the URL.
    if (!sameValue(input.value, fromUrl)) {
      input.value = initial;
      reportIgnored({key, text: new URLSearchParams(location.search).get(key) ?? "", reason: refusedByInput(input)});
    }
    input.dispatchEvent(new Event("input", {bubbles: true}));
  }
  const write = () => writeUrl([[key, input.value, spec]], {location, history});
  input.addEventListener("input", write);
  write();
  registerSetting(key, {element: input, read: () => input.value});
  return input;
}
