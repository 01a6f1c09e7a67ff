/** Provenance of a Demoland build: plainly synthetic, with generator, seed and row counts. */
import {
  BOUNDARY_YEAR,
  DEFAULT_CLASS_LOWER_BOUNDS,
  LBM_BASE,
  LICENCES,
  type Dataset,
  type Provenance,
  type TableName,
} from "../contract/index.ts";
import {GENERATOR_NAME, GENERATOR_VERSION} from "./params.ts";

export const DEMO_LABEL = "Demoland — synthetische gegevens, geen echte plaatsen of cijfers";

const NOTES: Record<TableName | "geometry", string> = {
  areas: "Verzonnen land met 12 provincies, 40 COROP-gebieden, 350 gemeenten; namen en codes zijn verzonnen",
  lbm: "Synthetische Leefbaarometer-scores; afw is precies de som van de vijf dimensies",
  ses: "Synthetische SES-WOA (2019); kleine buurten zijn onderdrukt (leeg), zoals bij CBS",
  safety: "Synthetische ondermijningsindicatoren en ervaren onveiligheid (2019) per gemeente",
  geometry:
    "Voronoi-cellen binnen een verzonnen kustlijn, samengevoegd tot wijk, gemeente en provincie (TopoJSON, WGS84)",
};

export function demoProvenance(seed: number, data: Omit<Dataset, "provenance">, geometryFeatures: number): Provenance {
  const table = (name: TableName | "geometry", rows: number) => ({
    table: name,
    source: `${GENERATOR_NAME} ${GENERATOR_VERSION} (seed ${seed})`,
    url: null,
    licence: LICENCES.demo,
    retrieved: null,
    rows,
    note: NOTES[name],
  });
  return {
    source: "demo",
    label: DEMO_LABEL,
    synthetic: true,
    boundary_year: BOUNDARY_YEAR,
    generator: {name: GENERATOR_NAME, version: GENERATOR_VERSION, seed},
    class_lower_bounds: [...DEFAULT_CLASS_LOWER_BOUNDS],
    lbm_base: LBM_BASE,
    tables: [
      table("areas", data.areas.length),
      table("lbm", data.lbm.length),
      table("ses", data.ses.length),
      table("safety", data.safety.length),
      table("geometry", geometryFeatures),
    ],
    joins: [],
  };
}
