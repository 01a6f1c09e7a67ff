/** The years each normalised table has data for: written into provenance.json by build.ts, read
 * by the pages and the first views through src/lib/dataset-years.js. A year counts when at least
 * one row of it carries a value (a year of all-null rows offers nothing to look at). */
import {SES_MEASURES} from "../../src/lib/registry.js";
import type {DatasetYears} from "../../src/lib/dataset-years.js";
import type {Dataset} from "./tables.ts";

const SES_IDS = SES_MEASURES.map((m) => m.id);

function yearsWith<T extends {year: number}>(rows: readonly T[], hasValue: (row: T) => boolean): number[] {
  const years = new Set<number>();
  for (const row of rows) if (hasValue(row)) years.add(row.year);
  return [...years].sort((a, b) => a - b);
}

export function tableYears(dataset: Pick<Dataset, "lbm" | "ses" | "safety">): DatasetYears {
  return {
    lbm: yearsWith(dataset.lbm, (r) => r.lbm !== null),
    ses: yearsWith(dataset.ses, (r) => SES_IDS.some((id) => r[id] !== null)),
    safety: yearsWith(dataset.safety, (r) => r.value !== null),
  };
}
