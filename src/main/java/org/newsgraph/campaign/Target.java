package org.newsgraph.campaign;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

import org.newsgraph.extract.EntityRef;
import org.newsgraph.extract.Quantity;
import org.newsgraph.extract.TimeExpression;

/**
 * A production target: an amount of a commodity (or a number of furnaces to build) that someone called for,
 * assigned or pledged, for a region and a period. 中共中央政治局扩大会议发出全年生产一千零七十万吨钢的号召: a call for
 * 10,700,000 t of steel in 1958; 到9月底要达到日产一万吨: 10,000 t a day by the end of September.
 *
 * @param commodity what is to be produced or built
 * @param quantity  how much, as the extraction stage read it (its rate period says "a day", "a year")
 * @param kind      how the target was set
 * @param deadline  the date it is to be reached by (9月底, 年底前), when the sentence gives one
 * @param period    the period it is for (9月份, 全年), when the sentence gives one
 * @param regions   the places it is for; empty when the sentence names none (a national target)
 * @param setBy     the bodies or people who set it
 * @param setAt     the meeting that set it, when the sentence names one
 * @param evidence  the sentence that states it
 */
public record Target(Commodity commodity, Quantity quantity, TargetKind kind, Optional<TimeExpression> deadline,
                     Optional<TimeExpression> period, List<EntityRef> regions, List<EntityRef> setBy,
                     Optional<Meeting> setAt, Evidence evidence) implements CampaignFact {
    public Target {
        Objects.requireNonNull(commodity, "commodity");
        Objects.requireNonNull(quantity, "quantity");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(deadline, "deadline");
        Objects.requireNonNull(period, "period");
        regions = List.copyOf(regions);
        setBy = List.copyOf(setBy);
        Objects.requireNonNull(setAt, "setAt");
        Objects.requireNonNull(evidence, "evidence");
    }
}
