package org.newsgraph.campaign;

import java.util.List;
import java.util.Objects;

import org.newsgraph.extract.EntityRef;
import org.newsgraph.extract.Quantity;

/**
 * People assembled for the campaign: 仅洛阳和信阳两专区就集结了五十七万钢铁大军 (570,000 in Luoyang and Xinyang
 * prefectures), 全省要立即动员百万大军办钢铁 (a million-strong army in Hubei).
 *
 * @param people    how many, as the extraction stage read it
 * @param regions   where they were assembled
 * @param forces    what the article calls them (钢铁大军, 钢铁野战军)
 * @param tasks     what they are to do
 * @param organisedBy the bodies that assembled them, when the sentence names them
 * @param evidence  the sentence that states it
 */
public record Mobilisation(Quantity people, List<EntityRef> regions, List<Name> forces, List<Task> tasks,
                           List<EntityRef> organisedBy, Evidence evidence) implements CampaignFact {
    public Mobilisation {
        Objects.requireNonNull(people, "people");
        regions = List.copyOf(regions);
        forces = List.copyOf(forces);
        tasks = List.copyOf(tasks);
        organisedBy = List.copyOf(organisedBy);
        Objects.requireNonNull(evidence, "evidence");
    }
}
