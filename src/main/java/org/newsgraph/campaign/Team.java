package org.newsgraph.campaign;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

import org.newsgraph.extract.EntityRef;
import org.newsgraph.extract.Quantity;

/**
 * A named unit formed for the campaign: 钢铁巡回医疗队 of more than 140 metallurgical technicians, sent to help new
 * furnaces; 汽车师 and 马车师 carrying ore and coal.
 *
 * @param name        what the article calls it
 * @param members     how many it has, when the sentence says
 * @param tasks       what it is for
 * @param commodities what it works on or carries (ore, coal)
 * @param regions     where it was formed
 * @param formedBy    the bodies that formed it, when the sentence names them
 * @param evidence    the sentence that states it
 */
public record Team(Name name, Optional<Quantity> members, List<Task> tasks, List<Commodity> commodities,
                   List<EntityRef> regions, List<EntityRef> formedBy, Evidence evidence) implements CampaignFact {
    public Team {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(members, "members");
        tasks = List.copyOf(tasks);
        commodities = List.copyOf(commodities);
        regions = List.copyOf(regions);
        formedBy = List.copyOf(formedBy);
        Objects.requireNonNull(evidence, "evidence");
    }
}
