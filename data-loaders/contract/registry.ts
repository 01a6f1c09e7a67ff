/** The shared facts (years, levels, classes, measures, licences) with their TypeScript types. The
 * values live once, in src/lib/registry.js, because the browser pages cannot import from here. */
import {DIMENSIONS, LBM_YEARS, LEVELS, RELIABILITY_RULES, SIZE_CLASSES} from "../../src/lib/registry.js";

export * from "../../src/lib/registry.js";
export type {SafetyKind, SafetyMeasure} from "../../src/lib/registry.js";

export type LbmYear = (typeof LBM_YEARS)[number];
export type Level = (typeof LEVELS)[number];
export type Dimension = (typeof DIMENSIONS)[number]["id"];
export type SizeClass = (typeof SIZE_CLASSES)[number]["id"];
export type DataSource = "demo" | "official";
export type ReliabilityRuleId = (typeof RELIABILITY_RULES)[number]["id"];
