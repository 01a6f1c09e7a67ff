/** The in-memory model of Demoland that the generator steps fill in, before it becomes contract rows. */
import type {SizeClass} from "../contract/index.ts";
import type {Point, Ring} from "./planar.ts";

export interface Provincie {
  index: number;
  code: string;
  name: string;
}

export interface Corop {
  index: number;
  code: string;
  name: string;
  provincie: number;
  center: Point;
}

export interface Gemeente {
  index: number;
  code: string;
  name: string;
  sizeClass: SizeClass;
  inhabitants: number;
  center: Point;
  corop: number;
  provincie: number;
  buurten: number[];
  wijken: number[];
}

export interface Wijk {
  index: number;
  code: string;
  name: string;
  gemeente: number;
  buurten: number[];
}

export interface Buurt {
  index: number;
  code: string;
  name: string;
  gemeente: number;
  wijk: number;
  /** Generator site of the Voronoi cell (km frame). */
  site: Point;
  /** Part of a town or village core rather than the countryside around it. */
  isCore: boolean;
  /** Industrial estates, nature, water-side strips: almost nobody lives there. */
  isSparse: boolean;
  inhabitants: number;
  households: number;
  /** Cell in km frame, closed ring. */
  cell: Ring;
  areaKm2: number;
  centroid: Point;
  stedelijkheid: number | null;
  /** 0 (countryside) .. 1 (dense city), from address density. */
  urbanity: number;
}

export interface World {
  seed: number;
  provincies: Provincie[];
  corops: Corop[];
  gemeenten: Gemeente[];
  wijken: Wijk[];
  buurten: Buurt[];
}
