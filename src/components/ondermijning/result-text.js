// The page's sentences about the ranking, the regression and the moderation test, as elements:
// with too few gemeenten for the statistic (registry MINIMUM_N) or an empty selection they are
// one state instead of sentences with dashes and "n = 0".
import {html} from "htl";
import {formatDecimal, formatInt, formatInterval} from "../../lib/format.js";
import {pValueText} from "../../lib/ondermijning/moderation-text.js";
import {moderationVerdict} from "./moderation-verdict.js";
import {RESIDUAL_LABELS} from "../../lib/ondermijning/residuals.js";
import {emptyState, tooFew, tooFewAreas} from "../output-state.js";
import {boldNames, namesWithResidual} from "./name-list.js";

/** Why no gemeente is ranked, as a sentence. */
export const NO_RANKING =
  "Geen gemeente in deze selectie heeft een betrouwbare onveiligheidsschatting en een waarde voor elke gekozen indicator, dus er is geen rangorde. Verlaag het minimale aantal respondenten of kies een ruimere regio.";

/**
 * "De 10 gemeenten met de hoogste index in deze selectie: A, B, …" (#ranking-sentence).
 * @param {{name: string}[]} top topRanked(…)
 * @param {{count: number}} view count: the gemeenten ranked
 */
export function topRankedText(top, {count}) {
  if (!count) return emptyState(NO_RANKING, {id: "ranking-sentence"});
  return html`<p id="ranking-sentence">
    De ${formatInt(top.length)} ${top.length === 1 ? "gemeente" : "gemeenten"} met de hoogste index in deze selectie:
    ${boldNames(top)}.
  </p>`;
}

/**
 * The slope sentence and the gemeenten far from the line (#regression-text).
 * @param {{slope: number, r2: number, n: number, outlierThreshold: number}} regression
 * @param {{signsWithoutUnsafety: any[], unsafetyWithoutSigns: any[]}} flagged flaggedGemeenten(…)
 * @param {{outlierAlpha: number}} view outlierAlpha: the chance of one false alarm over all gemeenten (Bonferroni)
 */
export function regressionText(regression, flagged, {outlierAlpha}) {
  const shortfall = tooFew("regression", regression.n);
  if (shortfall)
    return tooFewAreas(shortfall, {id: "regression-text", what: "De regressie van onveiligheid op de index"});
  return html`<div id="regression-text">
    <p>
      Per punt van de index ligt de ervaren onveiligheid gemiddeld
      <strong>${formatDecimal(regression.slope, 1)} procentpunt</strong> hoger (R² = ${formatDecimal(regression.r2, 2)},
      n = ${formatInt(regression.n)}). Gemeenten die zo ver van de lijn afliggen dat toeval onder
      ${formatInt(regression.n)} gemeenten het niet verklaart (gestudentiseerd residu voorbij
      ±${formatDecimal(regression.outlierThreshold, 1)},
      ${`Bonferroni: kans ${formatDecimal(outlierAlpha, 2)} op één vals alarm`}):
    </p>
    <ul>
      <li>
        <strong>${RESIDUAL_LABELS.signsWithoutUnsafety}</strong> (index boven de mediaan, onveiligheid lager dan
        verwacht): ${namesWithResidual(flagged.signsWithoutUnsafety)}
      </li>
      <li>
        <strong>${RESIDUAL_LABELS.unsafetyWithoutSigns}</strong> (index onder de mediaan, onveiligheid hoger dan
        verwacht): ${namesWithResidual(flagged.unsafetyWithoutSigns)}
      </li>
    </ul>
  </div>`;
}

/**
 * The interaction model, its robustness (#moderation-verdict) and the partial correlation (#moderation-text).
 * @param {any} result analyse(): rows and moderation {interaction, partial, robustness}
 * @param {{lbmYear: number}} view
 */
export function moderationText(result, {lbmYear}) {
  const {interaction: model, partial} = result.moderation;
  const shortfall = tooFew("moderation", model.n);
  const question = html`<p>
    Is de samenhang tussen index en onveiligheid zwakker waar de sociale samenhang (Leefbaarometer-dimensie
    <em>soc</em>, ${lbmYear}) hoog is? Model: onveiligheid = b₀ + b₁·index + b₂·samenhang + b₃·index×samenhang (index en
    samenhang gecentreerd).
  </p>`;
  if (shortfall)
    return html`<div id="moderation-text">${question}${tooFewAreas(shortfall, {what: "Het moderatiemodel"})}</div>`;
  const {interaction} = model;
  return html`<div id="moderation-text">
    ${question}
    <p>
      De interactieterm b₃ is <strong>${formatDecimal(interaction.coefficient, 1)}</strong> (95%-interval
      ${formatInterval([interaction.lo, interaction.hi], 1)}, ${pValueText(interaction.p)}, n = ${formatInt(model.n)}).
      ${moderationVerdict(result)} De partiële correlatie van index en onveiligheid, gecorrigeerd voor samenhang, is
      ${formatDecimal(partial.r, 2)} (95%-interval ${formatInterval([partial.lo, partial.hi])}).
    </p>
  </div>`;
}
