/** Builds truth.json from the planted choices and from the rows as written. */
import {
  DEFAULT_CLASS_LOWER_BOUNDS,
  DEFAULT_MIN_RESPONDENTS,
  DIMENSION_IDS,
  LBM_BASE,
  ONVEILIGHEID_MEASURE,
  SAFETY_MEASURES,
  type Dataset,
  type LbmRow,
  type SizeClass,
} from "../contract/index.ts";
import type {PlantedTrajectories} from "./lbm-planting.ts";
import {
  BASE_YEAR,
  END_YEAR,
  GENERATOR_NAME,
  GENERATOR_VERSION,
  INTENDED_SES_LBM_R,
  LBM_MIN_INHABITANTS,
  SES_SUPPRESSION,
} from "./params.ts";
import {CLUSTER_CORE_LEVEL, type Plan} from "./plan.ts";
import {distance, round, toLonLat} from "./planar.ts";
import {SAFETY_YEAR} from "./safety.ts";
import {SES_YEAR} from "./ses.ts";
import {mean, pearson, quantileCont, sampleSd} from "./stats.ts";
import type {DemolandTruth, DimensionChange} from "./truth-types.ts";
import type {World} from "./world.ts";

const LOW_LOW_MIN_ELIGIBLE = 10;

export function buildTruth(world: World, plan: Plan, planted: PlantedTrajectories, data: Dataset): DemolandTruth {
  const lbmBy = (year: number) => new Map(data.lbm.filter((r) => r.year === year).map((r) => [r.code, r]));
  const base = lbmBy(BASE_YEAR),
    end = lbmBy(END_YEAR);
  const change = (codes: string[]): DimensionChange =>
    Object.fromEntries(
      DIMENSION_IDS.map((d) => [
        d,
        round(mean(codes.map((c) => (end.get(c)![d] as number) - (base.get(c)![d] as number))), 5),
      ]),
    ) as DimensionChange;
  const codesOf = (indices: number[]) => indices.map((b) => world.buurten[b].code);
  const ref = (code: string, name: string) => ({code, name});
  const areaByCode = new Map(data.areas.map((a) => [a.code, a]));
  const buurtCodes = data.areas.filter((a) => a.level === "buurt").map((a) => a.code);
  const scoredBuurten = buurtCodes.filter((c) => base.get(c)!.afw !== null);

  const ses = new Map(data.ses.filter((r) => r.level === "buurt").map((r) => [r.code, r.ses_total]));
  const paired = buurtCodes.filter((c) => ses.get(c) != null && end.get(c)!.afw !== null);
  const correlationFor = (classes: SizeClass[]) => {
    const codes = paired.filter((c) => classes.includes(areaByCode.get(c)!.size_class as SizeClass));
    return round(
      pearson(
        codes.map((c) => end.get(c)!.afw as number),
        codes.map((c) => ses.get(c) as number),
      ),
      4,
    );
  };
  const sizeClasses = Object.keys(INTENDED_SES_LBM_R) as SizeClass[];

  const sesThreshold = quantileCont(
    [...ses.values()].filter((v): v is number => v !== null),
    0.2,
  );
  const isLowLow = (code: string) =>
    (ses.get(code) as number) < sesThreshold && (end.get(code) as LbmRow).lbm_class! <= 4;
  const lowLowShare = (codes: string[]) => {
    const eligible = codes.filter((c) => paired.includes(c));
    return {eligible: eligible.length, lowLow: eligible.filter(isLowLow).length};
  };
  const pairedSet = new Set(paired);
  const gemeenteShares = world.gemeenten.map((g) => {
    const eligible = g.buurten.map((b) => world.buurten[b].code).filter((c) => pairedSet.has(c));
    const lowLow = eligible.filter(isLowLow).length;
    return {g, eligible: eligible.length, lowLow, share: eligible.length ? lowLow / eligible.length : 0};
  });

  const safetyMaps = new Map<string, Map<string, Dataset["safety"][number]>>();
  const safety = (measure: string) => {
    if (!safetyMaps.has(measure))
      safetyMaps.set(measure, new Map(data.safety.filter((r) => r.measure === measure).map((r) => [r.code, r])));
    return safetyMaps.get(measure)!;
  };
  const onveilig = safety(ONVEILIGHEID_MEASURE);
  const reliable = world.gemeenten.filter(
    (g) => (onveilig.get(g.code)?.respondents ?? 0) >= DEFAULT_MIN_RESPONDENTS && onveilig.get(g.code)?.value != null,
  );
  const indicators = SAFETY_MEASURES.filter((m) => m.kind === "ondermijning").map((m) => m.id);
  const zScores = indicators.map((id) => {
    const values = reliable.map((g) => safety(id).get(g.code)!.value as number);
    const m = mean(values),
      s = sampleSd(values);
    return values.map((v) => (v - m) / s);
  });
  const composite = reliable.map((_, i) => mean(zScores.map((z) => z[i])));
  const felt = reliable.map((g) => onveilig.get(g.code)!.value as number);
  const slope = pearson(composite, felt) * (sampleSd(felt) / sampleSd(composite));
  const residuals = felt.map((y, i) => y - (mean(felt) + slope * (composite[i] - mean(composite))));
  const residualOrder = residuals.map((_, i) => i).sort((a, b) => residuals[a] - residuals[b]);
  const gemeenteSoc = new Map(
    data.lbm.filter((r) => r.level === "gemeente" && r.year === END_YEAR).map((r) => [r.code, r.soc as number]),
  );
  const isUrban = (code: string) => (areaByCode.get(code)!.stedelijkheid ?? 5) <= 2;
  const correlation = (id: string, keep: (code: string) => boolean) => {
    const codes = reliable.map((g) => g.code).filter(keep);
    return round(
      pearson(
        codes.map((c) => safety(id).get(c)!.value as number),
        codes.map((c) => onveilig.get(c)!.value as number),
      ),
      4,
    );
  };

  return {
    generator: {name: GENERATOR_NAME, version: GENERATOR_VERSION, seed: world.seed},
    years: {base: BASE_YEAR, end: END_YEAR, ses: SES_YEAR, safety: SAFETY_YEAR},
    lbm_base: LBM_BASE,
    class_lower_bounds: [...DEFAULT_CLASS_LOWER_BOUNDS],
    risers_onv: {
      description:
        "Buurten in class 3–4 (onvoldoende/zwak) in 2014 that reach class 5+ (voldoende or better) in 2020, mostly through onv",
      start_classes: [3, 4],
      end_rule: "lbm_class >= 5 in 2020",
      dominant_dimensions: ["onv"],
      codes: codesOf(planted.risersOnv),
      realized_mean_change: change(codesOf(planted.risersOnv)),
    },
    risers_won_soc: {
      description:
        "Buurten in class 1 (zeer onvoldoende) in 2014 that reach class 5+ in 2020, mostly through won and then soc",
      start_classes: [1],
      end_rule: "lbm_class >= 5 in 2020",
      dominant_dimensions: ["won", "soc"],
      codes: codesOf(planted.risersWonSoc),
      realized_mean_change: change(codesOf(planted.risersWonSoc)),
    },
    fallers: {
      description: "Buurten in class 5–8 in 2014 that end in a lower class in 2020, mostly through onv and soc",
      start_classes: [5, 6, 7, 8],
      end_rule: "lbm_class in 2020 < lbm_class in 2014",
      dominant_dimensions: ["onv", "soc"],
      codes: codesOf(planted.fallers),
      realized_mean_change: change(codesOf(planted.fallers)),
    },
    partial_risers: {
      description:
        "Restructured estates in class 1 (zeer onvoldoende) in 2014 that climb through won and soc but stay below voldoende (class 2–4) in 2020",
      start_classes: [1],
      end_rule: "2 <= lbm_class <= 4 in 2020",
      dominant_dimensions: ["won", "soc"],
      codes: codesOf(planted.partialRisers),
      realized_mean_change: change(codesOf(planted.partialRisers)),
    },
    risers_mixed: {
      description:
        "Buurten in class 2 (ruim onvoldoende) in 2014 that reach class 5+ in 2020 through onv, won and soc together",
      start_classes: [2],
      end_rule: "lbm_class >= 5 in 2020",
      dominant_dimensions: ["onv", "won"],
      codes: codesOf(planted.risersMixed),
      realized_mean_change: change(codesOf(planted.risersMixed)),
    },
    weak_fallers: {
      description:
        "Buurten in class 2–4 in 2014 (the default start classes) that end one class lower in 2020, now and then two, mostly through onv and soc: the dalers of the default view",
      start_classes: [2, 3, 4],
      end_rule: "lbm_class in 2020 < lbm_class in 2014",
      dominant_dimensions: ["onv", "soc"],
      codes: codesOf(planted.weakFallers),
      realized_mean_change: change(codesOf(planted.weakFallers)),
    },
    national_change: {
      description: "Mean change 2014→2020 over all scored buurten (unweighted); the drift is carried mostly by vrz",
      dominant_dimension: "vrz",
      realized_mean_change: change(scoredBuurten),
    },
    ses_lbm_correlation: {
      description: "Pearson r of afw (2020) and ses_total (2019) over buurten with both, per gemeente size class",
      level: "buurt",
      lbm_measure: "afw",
      ses_measure: "ses_total",
      intended: INTENDED_SES_LBM_R,
      realized: Object.fromEntries(sizeClasses.map((s) => [s, correlationFor([s])])) as Record<SizeClass, number>,
      big_size_classes: ["G4", "100k+"],
      small_size_classes: ["<20k"],
      realized_big: correlationFor(["G4", "100k+"]),
      realized_small: correlationFor(["<20k"]),
    },
    low_low_definition: {
      ses_quantile: 0.2,
      ses_threshold: round(sesThreshold, 6),
      max_lbm_class: 4,
      description:
        "Buurt with ses_total (2019) below the national buurt quantile_cont(0.2) and lbm_class (2020) <= 4; shares are over buurten that have both",
    },
    low_low_clusters: {
      description:
        "Spatial clusters of low–low buurten planted around a point in the largest two G4 cities; core = buurten whose site lies where the planted bump is >= 0.5",
      regions: plan.metroClusters.map((c) => {
        const corop = world.corops[c.corop],
          g = world.gemeenten[c.gemeente];
        const radius = c.sigmaKm * Math.sqrt(-2 * Math.log(CLUSTER_CORE_LEVEL));
        const core = world.buurten.filter((b) => distance(b.site, c.center) <= radius).map((b) => b.code);
        const [lon, lat] = toLonLat(c.center);
        const share = lowLowShare(core);
        return {
          ...ref(corop.code, corop.name),
          gemeente: ref(g.code, g.name),
          center_lon: round(lon, 5),
          center_lat: round(lat, 5),
          sigma_km: c.sigmaKm,
          core_buurten: core,
          realized_core_low_low_share: round(share.lowLow / share.eligible, 4),
        };
      }),
      realized_national_low_low_share: round(paired.filter(isLowLow).length / paired.length, 4),
    },
    low_low_gemeenten: {
      description: "Gemeenten with a planted pocket of low–low buurten (like Kerkrade, Helmond, Tiel in the report)",
      min_eligible_buurten: LOW_LOW_MIN_ELIGIBLE,
      gemeenten: plan.lowLowPockets.map((p) => {
        const s = gemeenteShares[p.gemeente];
        return {
          ...ref(s.g.code, s.g.name),
          intended_share: p.intendedShare,
          realized_share: round(s.share, 4),
          low_low: s.lowLow,
          eligible: s.eligible,
        };
      }),
      realized_top: gemeenteShares
        .filter((s) => s.eligible >= LOW_LOW_MIN_ELIGIBLE)
        .sort((a, b) => b.share - a.share || a.g.index - b.g.index)
        .slice(0, 8)
        .map((s) => ({...ref(s.g.code, s.g.name), share: round(s.share, 4)})),
    },
    ondermijning_outliers: {
      description:
        "Reliable gemeenten with a high ondermijning composite but low onveilig_buurt and high soc (like Rucphen, Urk, Goes in the report)",
      composite:
        "mean over the six ondermijning indicators of (value - mean) / stddev_samp, over gemeenten with respondents >= min_respondents; residual of onveilig_buurt on the composite by OLS; rank 1 = most negative residual",
      gemeenten: plan.ondermijningOutliers.map((gi) => {
        const g = world.gemeenten[gi];
        const i = reliable.findIndex((r) => r.index === gi);
        return {
          ...ref(g.code, g.name),
          composite: round(composite[i], 4),
          onveilig_buurt: felt[i],
          soc: gemeenteSoc.get(g.code)!,
          residual_rank: residualOrder.indexOf(i) + 1,
        };
      }),
      reliable_gemeenten: reliable.length,
      min_respondents: DEFAULT_MIN_RESPONDENTS,
      realized_correlation: Object.fromEntries(
        indicators.map((id) => [
          id,
          {
            all: correlation(id, () => true),
            urban: correlation(id, isUrban),
            other: correlation(id, (c) => !isUrban(c)),
          },
        ]),
      ),
      urban_rule: "gemeente stedelijkheid <= 2",
    },
    suppression: {
      ses_rule: `SES scores are null for buurten with fewer than ${SES_SUPPRESSION.minHouseholds} households or ${SES_SUPPRESSION.minInhabitants} inhabitants (households stay)`,
      ses_suppressed_buurten: [...ses.values()].filter((v) => v === null).length,
      lbm_missing_rule: `LBM scores are null in every year for buurten with fewer than ${LBM_MIN_INHABITANTS} inhabitants`,
      lbm_missing_buurten: buurtCodes.length - scoredBuurten.length,
      safety_rule:
        "onveilig_buurt has a row for every gemeente; value and respondents are null where the Veiligheidsmonitor publishes no estimate",
    },
    notes: [
      "Demoland is synthetic: every name and number is invented.",
      "Codes follow CBS patterns: BU + gemeente (4) + wijk (2) + buurt (2), WK + gemeente (4) + wijk (2).",
    ],
  };
}
