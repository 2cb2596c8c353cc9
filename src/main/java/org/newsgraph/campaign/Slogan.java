package org.newsgraph.campaign;

import java.util.List;
import java.util.Objects;

import org.newsgraph.extract.EntityRef;

/**
 * A slogan put forward for the campaign, in both languages: 苦战半月，保证已建高炉全部铁水畅流，转炉全部出钢.
 *
 * @param text     its words, Chinese and English
 * @param issuedBy the bodies that put it forward
 * @param evidence the sentence that states it
 */
public record Slogan(Name text, List<EntityRef> issuedBy, Evidence evidence) implements CampaignFact {
    public Slogan {
        Objects.requireNonNull(text, "text");
        issuedBy = List.copyOf(issuedBy);
        Objects.requireNonNull(evidence, "evidence");
    }
}
