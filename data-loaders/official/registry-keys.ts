/**
 * The keys an LBM_SOURCES_CONFIG may use, at every depth. deepMerge would carry a misspelt key
 * (`cbs.ses.yaers`, `lbm.colums`) along unread, so the default would silently stay in force; this
 * refuses it and names the key path and the keys known there. Each list is checked against its
 * interface by the compiler (`keysOf`), so a new registry field must be added here too.
 */
import type {
  CbsSource,
  ColumnRule,
  DimensionFilter,
  GeometryLayer,
  GeometrySource,
  LbmSource,
  Registry,
  SafetyRule,
} from "./registry.ts";

/** Every key of T, no more and no fewer (an object literal is checked for both). */
const keysOf = <T>(keys: Record<keyof T, true>) => Object.keys(keys);

/** A shape: fixed keys with their own shapes, a record of free names with one shape, a list, or a leaf. */
type Shape = {keys: Record<string, Shape>} | {record: Shape} | {list: Shape} | "leaf";

/** Fixed keys; each is a leaf unless `nested` gives its shape or `each` one for all. */
const fixed = (keys: string[], nested: Record<string, Shape> = {}, each: Shape = "leaf"): Shape => ({
  keys: Object.fromEntries(keys.map((k) => [k, nested[k] ?? each])),
});

const columnRule = fixed(keysOf<ColumnRule>({key: true, keyPrefix: true, title: true}));
const cbsSource = fixed(
  keysOf<CbsSource>({
    kind: true,
    name: true,
    publisher: true,
    licence: true,
    format: true,
    table: true,
    url: true,
    filter: true,
    years: true,
    columns: true,
    dimensionTitles: true,
    selectAll: true,
    enabled: true,
    feed: true,
    regions: true,
  }),
  {columns: {record: columnRule}},
);
const lbmSource = fixed(
  keysOf<LbmSource>({
    kind: true,
    name: true,
    publisher: true,
    licence: true,
    url: true,
    files: true,
    exclude: true,
    delimiter: true,
    columns: true,
    roundingTolerance: true,
  }),
  {
    files: fixed(keysOf<LbmSource["files"]>({buurt: true, wijk: true, gemeente: true})),
    columns: fixed(
      keysOf<LbmSource["columns"]>({
        code: true,
        year: true,
        lbm: true,
        afw: true,
        won: true,
        fys: true,
        vrz: true,
        soc: true,
        onv: true,
      }),
      {},
      columnRule,
    ),
  },
);

const layer = fixed(keysOf<GeometryLayer>({url: true, code: true, name: true}), {code: columnRule, name: columnRule});
const geometrySource = fixed(
  keysOf<GeometrySource>({
    kind: true,
    name: true,
    publisher: true,
    licence: true,
    layers: true,
    defaultCrs: true,
    quantization: true,
    pageSize: true,
    simplifyQuantile: true,
  }),
  {
    layers: fixed(keysOf<GeometrySource["layers"]>({buurt: true, wijk: true, gemeente: true, provincie: true}), {
      buurt: layer,
      wijk: layer,
      gemeente: layer,
      provincie: layer,
    }),
  },
);
const safetyRule = fixed(
  keysOf<SafetyRule>({
    measure: true,
    source: true,
    value: true,
    where: true,
    perThousandInhabitants: true,
    respondents: true,
    margin: true,
  }),
  {
    where: {list: fixed(keysOf<DimensionFilter>({column: true, key: true, title: true}))},
    margin: fixed(keysOf<NonNullable<SafetyRule["margin"]>>({column: true, value: true, lower: true, upper: true})),
  },
);

export const REGISTRY_SHAPE: Shape = fixed(
  keysOf<Registry>({boundaryYear: true, hosts: true, lbm: true, geometry: true, cbs: true, safety: true, g4: true}),
  {
    hosts: {record: "leaf"},
    lbm: lbmSource,
    geometry: geometrySource,
    cbs: {record: cbsSource},
    safety: {list: safetyRule},
  },
);

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === "object" && v !== null && !Array.isArray(v);

interface Unknown {
  parent: string;
  key: string;
  known: string[];
}

/** Unknown keys in `value`, with the keys known where each was found. Only objects are walked. */
export function unknownKeys(value: unknown, shape: Shape = REGISTRY_SHAPE, path = ""): Unknown[] {
  if (shape === "leaf") return [];
  if ("list" in shape)
    return Array.isArray(value) ? value.flatMap((v, i) => unknownKeys(v, shape.list, `${path}[${i}]`)) : [];
  if (!isObject(value)) return [];
  const at = (key: string) => (path ? `${path}.${key}` : key);
  if ("record" in shape) return Object.entries(value).flatMap(([k, v]) => unknownKeys(v, shape.record, at(k)));
  return Object.entries(value).flatMap(([k, v]) =>
    k in shape.keys ? unknownKeys(v, shape.keys[k], at(k)) : [{parent: path, key: k, known: Object.keys(shape.keys)}],
  );
}

/** "unknown key(s) cbs.ses.yaers; known in cbs.ses: kind, name, …", one clause per place; null when all are known. */
export function unknownKeysMessage(value: unknown): string | null {
  const byParent = new Map<string, Unknown[]>();
  for (const u of unknownKeys(value)) byParent.set(u.parent, [...(byParent.get(u.parent) ?? []), u]);
  if (!byParent.size) return null;
  const clauses = [...byParent].map(
    ([parent, list]) =>
      `${list.map((u) => (parent ? `${parent}.${u.key}` : u.key)).join(", ")}; known${parent ? ` in ${parent}` : ""}: ${list[0].known.join(", ")}`,
  );
  return `unknown key(s) ${clauses.join(". ")}`;
}
