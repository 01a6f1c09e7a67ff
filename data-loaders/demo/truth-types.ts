/** Shape of truth.json: what the generator planted and what it measured in its own output, so
 * analyses can be checked against it. Numbers under `realized` come from the written rows. */
import type {Dimension, SizeClass} from "../contract/index.ts";

export type DimensionChange = Record<Dimension, number>;

export interface TrajectoryTruth {
  description: string;
  start_classes: number[];
  /** Risers end at or above this class; fallers end below their start class. */
  end_rule: string;
  dominant_dimensions: Dimension[];
  codes: string[];
  /** Mean change 2014→2020 per dimension over the planted codes. */
  realized_mean_change: DimensionChange;
}

export interface AreaRef {
  code: string;
  name: string;
}

export interface DemolandTruth {
  generator: {name: string; version: string; seed: number};
  years: {base: number; end: number; ses: number; safety: number};
  lbm_base: number;
  class_lower_bounds: number[];
  risers_onv: TrajectoryTruth;
  risers_won_soc: TrajectoryTruth;
  fallers: TrajectoryTruth;
  partial_risers: TrajectoryTruth;
  risers_mixed: TrajectoryTruth;
  weak_fallers: TrajectoryTruth;
  national_change: {description: string; dominant_dimension: Dimension; realized_mean_change: DimensionChange};
  ses_lbm_correlation: {
    description: string;
    level: "buurt";
    lbm_measure: "afw";
    ses_measure: "ses_total";
    intended: Record<SizeClass, number>;
    realized: Record<SizeClass, number>;
    big_size_classes: SizeClass[];
    small_size_classes: SizeClass[];
    realized_big: number;
    realized_small: number;
  };
  low_low_definition: {ses_quantile: number; ses_threshold: number; max_lbm_class: number; description: string};
  low_low_clusters: {
    description: string;
    regions: (AreaRef & {
      gemeente: AreaRef;
      center_lon: number;
      center_lat: number;
      sigma_km: number;
      core_buurten: string[];
      realized_core_low_low_share: number;
    })[];
    realized_national_low_low_share: number;
  };
  low_low_gemeenten: {
    description: string;
    min_eligible_buurten: number;
    gemeenten: (AreaRef & {intended_share: number; realized_share: number; low_low: number; eligible: number})[];
    /** Top gemeenten by realized share (with at least min_eligible_buurten), for reference. */
    realized_top: (AreaRef & {share: number})[];
  };
  ondermijning_outliers: {
    description: string;
    composite: string;
    gemeenten: (AreaRef & {composite: number; onveilig_buurt: number; soc: number; residual_rank: number})[];
    reliable_gemeenten: number;
    min_respondents: number;
    /** Pearson r of each ondermijning indicator with onveilig_buurt over reliable gemeenten. */
    realized_correlation: Record<string, {all: number; urban: number; other: number}>;
    urban_rule: string;
  };
  suppression: {
    ses_rule: string;
    ses_suppressed_buurten: number;
    lbm_missing_rule: string;
    lbm_missing_buurten: number;
    safety_rule: string;
  };
  notes: string[];
}
