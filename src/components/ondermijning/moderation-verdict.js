// The sentence about samenhang as moderator (#moderation-verdict, data-survives: whether the
// finding held under HC3 errors, without the influential gemeenten and weighted by respondents).
import {html} from "htl";
import {interactionVerdict} from "../../lib/ondermijning/moderation-text.js";

/**
 * @param {{rows: {name: string}[], moderation: {interaction: {interaction: any}, robustness: any}}} result analyse()
 */
export function moderationVerdict(result) {
  const {interaction, robustness} = {
    interaction: result.moderation.interaction.interaction,
    robustness: result.moderation.robustness,
  };
  return html`<span
    id="moderation-verdict"
    data-survives=${String(robustness.survives)}
    data-hc3-p=${robustness.hc3P}
    data-without-p=${robustness.without.p}
    data-weighted-p=${robustness.weighted?.p ?? null}
    >${interactionVerdict(interaction, robustness, (i) => result.rows[i].name)}</span
  >`;
}
