// Names of this page's own choices (correlation method, weighting, groupings, LISA settings). The
// names of shared codes (measures, classes, size classes, region kinds) are in ../labels.js.
import {CLUSTER_TYPES} from "../stats/local-moran.js";
import {formatDecimal} from "../format.js";
import {sizeClassLabel, stedelijkheidLabel} from "../labels.js";

export const METHOD_LABELS = Object.freeze({pearson: "Pearson", spearman: "Spearman (rangcorrelatie)"});

export const WEIGHT_LABELS = Object.freeze({
  none: "Ongewogen (elk gebied telt even zwaar)",
  households: "Gewogen naar huishoudens",
});

/** The groupings of "Per groep", in the order of the control (named by REGION_KIND_LABELS). */
export const GROUPINGS = Object.freeze(["size_class", "stedelijkheid"]);

/** The region kinds of "Per regio", in the order of the control. */
export const REGION_GROUPINGS = Object.freeze(["corop", "provincie", "gemeente"]);

/** Column heads of the correlation matrix (the full names do not fit). */
export const SES_SHORT_LABELS = Object.freeze({
  ses_total: "SES totaal",
  ses_welvaart: "Welvaart",
  ses_opleiding: "Opleiding",
  ses_arbeid: "Arbeid",
  ses_spread: "Spreiding",
});

export const LISA_MODE_LABELS = Object.freeze({
  bivariate: "Bivariaat: SES × leefbaarheid van de buren",
  indicator: "Laag–laag-indicator",
});

export const LISA_WEIGHT_LABELS = Object.freeze({
  knn: "k dichtstbijzijnde",
  queen: "grenzend (ook hoekpunt)",
  rook: "grenzend (gedeelde grens)",
});

export const LISA_CORRECTION_LABELS = Object.freeze({
  none: "geen correctie",
  fdr: "false discovery rate (Benjamini–Hochberg)",
  bonferroni: "Bonferroni",
});

/** How the map caption names the correction: "(… na FDR-correctie)". */
export const LISA_CORRECTION_PHRASES = Object.freeze({
  none: "zonder correctie",
  fdr: "na FDR-correctie",
  bonferroni: "na Bonferroni-correctie",
});

/** The neighbour rule as the method section describes it. */
export const neighbourRule = (weights, k) =>
  weights === "knn"
    ? `${k} dichtstbijzijnde zwaartepunten`
    : weights === "queen"
      ? "gemeenschappelijke grens of hoekpunt"
      : "gemeenschappelijke grens";

/** 0.05 → "0,05", 0.001 → "0,001". */
export const formatAlpha = (alpha) => formatDecimal(alpha, alpha < 0.01 ? 3 : 2);

/** The Fisher interval the headline correlation gives, as its note names it. */
export const intervalName = (method) => (method === "spearman" ? "Fisher-z met variantie 1,06/(n − 3)" : "Fisher-z");

/** The label of a group value of `grouping` ("size_class" or "stedelijkheid"). */
export const groupLabeler = (grouping) => (grouping === "size_class" ? sizeClassLabel : stedelijkheidLabel);

const INDICATOR_CLUSTER_TYPES = Object.freeze([
  "niet significant",
  "cluster van laag–laag",
  "cluster zonder laag–laag",
  "laag–laag tussen andere",
  "geen laag–laag, buren wel",
  "geen buren",
]);

/**
 * Names of the cluster indexes lisaClusters gives, for a LISA variant: the indicator variant has
 * x = y, so its quadrants say whether an area and its neighbours are low–low.
 * @param {string} mode "bivariate" or "indicator"
 */
export const lisaClusterLabels = (mode) => (mode === "indicator" ? INDICATOR_CLUSTER_TYPES : CLUSTER_TYPES);

/** The cluster index that means "low–low" in a LISA variant. */
export const lowLowCluster = (mode) => (mode === "indicator" ? 1 : 2);

/** "p < 0,001" or "p = 0,042". */
export const pValuePhrase = (p) => (p < 0.001 ? "p < 0,001" : `p = ${formatDecimal(p, 3)}`);

/** What the primary interval of a correlation is, for notes and captions. */
export const CLUSTERED_INTERVAL_NAME = "gemeenten als clusters";
