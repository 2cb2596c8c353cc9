package org.newsgraph.campaign;

import java.util.List;

/**
 * What the campaign rules read in one article.
 *
 * @param facts   the facts, in the order of their sentences
 * @param leftOut the sentences left out as unclear
 */
public record CampaignReading(List<CampaignFact> facts, List<LeftOut> leftOut) {
    public CampaignReading {
        facts = List.copyOf(facts);
        leftOut = List.copyOf(leftOut);
    }

    public static final CampaignReading NONE = new CampaignReading(List.of(), List.of());
}
