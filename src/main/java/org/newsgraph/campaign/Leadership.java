package org.newsgraph.campaign;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

import org.newsgraph.extract.EntityRef;

/**
 * A person put in personal command (挂帅) of a branch of the campaign: 目前省委已由第一书记陶铸挂帅 (Tao Zhu, first
 * secretary of the Guangdong provincial committee, in command of steel).
 *
 * @param leader     the person
 * @param role       the post the article gives them (第一书记, "first secretary"), when it does
 * @param ofBody     the body that post is in (the provincial committee)
 * @param commodity  what they command, when the article tells (steel)
 * @param regions    where
 * @param evidence   the sentence that states it
 */
public record Leadership(EntityRef leader, Optional<Name> role, Optional<EntityRef> ofBody,
                         Optional<Commodity> commodity, List<EntityRef> regions, Evidence evidence)
    implements CampaignFact {
    public Leadership {
        Objects.requireNonNull(leader, "leader");
        Objects.requireNonNull(role, "role");
        Objects.requireNonNull(ofBody, "ofBody");
        Objects.requireNonNull(commodity, "commodity");
        regions = List.copyOf(regions);
        Objects.requireNonNull(evidence, "evidence");
    }
}
