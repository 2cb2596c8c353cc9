package org.newsgraph.campaign;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

import org.newsgraph.extract.EntityRef;
import org.newsgraph.extract.Quantity;
import org.newsgraph.extract.TimeExpression;

/**
 * What an article reports as produced (or built), as distinct from a target: 江苏省自29日中午到30日中午一昼夜间，
 * 产铁一万四千九百二十四点七三三吨; 全省已有日产七千吨的炼铁炉.
 *
 * @param commodity what was produced or built
 * @param quantity  how much, as the extraction stage read it (a daily output has the rate period of a day)
 * @param when      the day or period it was produced in, when the sentence gives one
 * @param regions   where it was produced
 * @param answers   the target it answers, when the article states that target
 * @param outcome   what it reports of that target: met or exceeded (完成了, 超额完成)
 * @param evidence  the sentence that states it
 */
public record ReportedOutput(Commodity commodity, Quantity quantity, Optional<TimeExpression> when,
                             List<EntityRef> regions, Optional<Target> answers, Optional<TargetOutcome> outcome,
                             Evidence evidence) implements CampaignFact {
    public ReportedOutput {
        Objects.requireNonNull(commodity, "commodity");
        Objects.requireNonNull(quantity, "quantity");
        Objects.requireNonNull(when, "when");
        regions = List.copyOf(regions);
        Objects.requireNonNull(answers, "answers");
        Objects.requireNonNull(outcome, "outcome");
        Objects.requireNonNull(evidence, "evidence");
    }
}
