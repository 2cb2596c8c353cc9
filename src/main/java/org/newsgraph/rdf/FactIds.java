package org.newsgraph.rdf;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;

import org.newsgraph.campaign.CampaignFact;
import org.newsgraph.campaign.CampaignReading;
import org.newsgraph.campaign.Leadership;
import org.newsgraph.campaign.Meeting;
import org.newsgraph.campaign.Mobilisation;
import org.newsgraph.campaign.ReportedOutput;
import org.newsgraph.campaign.Target;
import org.newsgraph.campaign.Team;

/**
 * The ids of an article's campaign facts, the fragments of the original they are published under: {@code target-1},
 * {@code output-1}, {@code mobilisation-1}, {@code team-1}, {@code meeting-1}, {@code leadership-1},
 * {@code slogan-1}, numbered per class in the order the facts were read. The graph and the {@code extract} output
 * name facts alike.
 */
public final class FactIds {

    private FactIds() {}

    /** Each fact of {@code reading} with its id, in the reading's order. */
    public static Map<CampaignFact, String> of(CampaignReading reading) {
        Map<CampaignFact, String> ids = new LinkedHashMap<>();
        Map<String, Integer> counts = new HashMap<>();
        for (CampaignFact fact : reading.facts()) {
            String kind = kind(fact);
            ids.computeIfAbsent(fact, f -> kind + "-" + counts.merge(kind, 1, Integer::sum));
        }
        return ids;
    }

    /** What a fact's id is named after: {@code target} of {@code target-1}. */
    public static String kind(CampaignFact fact) {
        if (fact instanceof Target)
            return "target";
        if (fact instanceof ReportedOutput)
            return "output";
        if (fact instanceof Mobilisation)
            return "mobilisation";
        if (fact instanceof Team)
            return "team";
        if (fact instanceof Meeting)
            return "meeting";
        if (fact instanceof Leadership)
            return "leadership";
        return "slogan";
    }
}
