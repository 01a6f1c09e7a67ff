/** Tunable knobs of the Demoland generator, in one place. Bump GENERATOR_VERSION when output changes. */
import type {SizeClass} from "../contract/index.ts";

export const GENERATOR_NAME = "demoland";
export const GENERATOR_VERSION = "1.1.0";
export const DEFAULT_SEED = 20201;

export const COUNTS = {provincies: 12, corops: 40, targetBuurten: 13_000, buurtenPerWijk: 4.3};

/** Gemeenten per size class with their inhabitant range; G4 sizes are fixed. */
export const GEMEENTE_SIZES: {sizeClass: SizeClass; count: number; min: number; max: number}[] = [
  {sizeClass: "G4", count: 4, min: 350_000, max: 850_000},
  {sizeClass: "100k+", count: 27, min: 100_000, max: 330_000},
  {sizeClass: "50-100k", count: 58, min: 50_000, max: 99_000},
  {sizeClass: "20-50k", count: 168, min: 20_000, max: 49_900},
  {sizeClass: "<20k", count: 93, min: 1_000, max: 19_900},
];
export const G4_INHABITANTS = [845_000, 638_000, 541_000, 352_000];

/** Planar frame (km) mapped onto lon/lat around the middle of the Netherlands' bounding box. */
export const FRAME = {lon0: 5.3, lat0: 52.15, kmPerDegLat: 110.574};

/** Country outline: a wobbly ellipse in km (semi-axes), kept inside lon 3.4–7.2, lat 50.8–53.5. */
export const OUTLINE = {semiAxisX: 100, semiAxisY: 128, wobble: 0.09, vertices: 360};

export const MIN_BUURT_SPACING_KM = 0.22;

/** CBS omgevingsadressendichtheid bounds (addresses/km²) for stedelijkheid 1..4; below: 5. */
export const STEDELIJKHEID_DENSITY = [2500, 1500, 1000, 500];
export const ADDRESSES_PER_HOUSEHOLD = 1.12;

/** SES-WOA is suppressed below these sizes, as CBS does. */
export const SES_SUPPRESSION = {minHouseholds: 50, minInhabitants: 100};
/** Buurten with fewer inhabitants have no Leefbaarometer score (no residential function). */
export const LBM_MIN_INHABITANTS = 10;

/** National drift of each dimension per year (afw units), centred on 2014: carried mostly by vrz. */
export const DRIFT_PER_YEAR = {won: 0.0008, fys: 0.0003, vrz: 0.0056, soc: 0.0005, onv: 0.001};
export const REFERENCE_YEAR = 2014;
export const BASE_YEAR = 2014;
export const END_YEAR = 2020;

/** Intended buurt-level Pearson r between afw (2020) and ses_total (2019), per size class. */
export const INTENDED_SES_LBM_R: Record<SizeClass, number> = {
  G4: 0.7,
  "100k+": 0.7,
  "50-100k": 0.55,
  "20-50k": 0.42,
  "<20k": 0.3,
};
/** Correlation given to the lasting part of the scores; change over time, measurement noise and
 * planted trajectories weaken it to about the intended value. Tuned, not derived. */
export const STATIC_SES_LBM_R: Record<SizeClass, number> = {
  G4: 0.9,
  "100k+": 0.84,
  "50-100k": 0.66,
  "20-50k": 0.48,
  "<20k": 0.33,
};

export const PLANTED = {
  risersOnv: 260,
  risersWonSoc: 14,
  partialRisers: 26,
  risersMixed: 8,
  fallers: 140,
  weakFallers: 220,
  lowLowShares: [0.38, 0.35, 0.32, 0.3],
  ondermijningOutliers: 3,
  reliableSafetyGemeenten: 141,
  reliableInhabitants: 62_000,
};

/** How a planted change is split over the dimensions (shares sum to 1). */
export const PLANTED_MIX = {
  risersOnv: {won: 0.08, fys: 0.07, vrz: 0.05, soc: 0.1, onv: 0.7},
  risersWonSoc: {won: 0.52, fys: 0.06, vrz: 0.04, soc: 0.3, onv: 0.08},
  risersMixed: {won: 0.3, fys: 0.1, vrz: 0.05, soc: 0.2, onv: 0.35},
  fallers: {won: 0.1, fys: 0.1, vrz: 0.0, soc: 0.3, onv: 0.5},
};
