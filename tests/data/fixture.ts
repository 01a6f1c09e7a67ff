// A minimal valid dataset (one gemeente, one wijk, two buurten) to break in contract tests.
import {
  DEFAULT_CLASS_LOWER_BOUNDS,
  LBM_BASE,
  type AreaRow,
  type Dataset,
  type LbmRow,
} from "../../data-loaders/contract/index.ts";

const area = (code: string, level: AreaRow["level"], wijk_code: string | null): AreaRow => ({
  code,
  name: `Plaats ${code}`,
  level,
  wijk_code,
  gemeente_code: "GM0001",
  gemeente_name: "Testgem",
  provincie_code: "PV20",
  provincie_name: "Testland",
  corop_code: "CR01",
  corop_name: "Testcorop",
  size_class: "<20k",
  stedelijkheid: 4,
  inhabitants: 1200,
  households: 500,
  centroid_lon: 5.1,
  centroid_lat: 52.1,
});

const lbm = (code: string, level: LbmRow["level"], year: number): LbmRow => {
  const dims = {won: 0.01, fys: 0.02, vrz: 0.05, soc: -0.01, onv: 0.03};
  const afw = dims.won + dims.fys + dims.vrz + dims.soc + dims.onv;
  return {code, level, year, lbm: LBM_BASE + afw, afw, ...dims, lbm_class: 5};
};

export function validFixture(): Dataset {
  return {
    areas: [
      area("BU00010000", "buurt", "WK000100"),
      area("BU00010001", "buurt", "WK000100"),
      area("WK000100", "wijk", null),
      area("GM0001", "gemeente", null),
    ],
    lbm: [lbm("BU00010000", "buurt", 2020), lbm("BU00010001", "buurt", 2020), lbm("GM0001", "gemeente", 2020)],
    ses: [
      {
        code: "BU00010000",
        level: "buurt",
        year: 2019,
        ses_total: -0.1,
        ses_welvaart: 0,
        ses_opleiding: -0.2,
        ses_arbeid: 0.1,
        ses_spread: 0.3,
        households: 500,
      },
      {
        code: "BU00010001",
        level: "buurt",
        year: 2019,
        ses_total: null,
        ses_welvaart: null,
        ses_opleiding: null,
        ses_arbeid: null,
        ses_spread: null,
        households: 20,
      },
    ],
    safety: [
      {code: "GM0001", level: "gemeente", year: 2019, measure: "verdachten_drugs", value: 1.2, respondents: null},
      {code: "GM0001", level: "gemeente", year: 2019, measure: "onveilig_buurt", value: 17.5, respondents: 640},
    ],
    geometry: {type: "Topology", objects: {}, arcs: []},
    provenance: {
      source: "demo",
      label: "test",
      synthetic: true,
      boundary_year: 2020,
      generator: {name: "test", version: "0", seed: 1},
      class_lower_bounds: [...DEFAULT_CLASS_LOWER_BOUNDS],
      lbm_base: LBM_BASE,
      tables: [],
      joins: [],
    },
  };
}
