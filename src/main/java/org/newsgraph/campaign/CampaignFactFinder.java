package org.newsgraph.campaign;

import java.util.List;
import java.util.Objects;

import org.newsgraph.extract.AnnotatedArticle;

/**
 * Reads the campaign facts of an article: every Chinese sentence in order, through each rule in order (meetings
 * first, since a target can name the meeting that set it; targets before the outputs that answer them).
 * Thread-safe.
 */
public final class CampaignFactFinder {

    private final List<FactRule> rules;

    private CampaignFactFinder(List<FactRule> rules) { this.rules = List.copyOf(rules); }

    public static CampaignFactFinder create() {
        return new CampaignFactFinder(List.of(new MeetingRule(), new TargetRule(), new OutputRule(),
            new MobilisationRule(), new TeamRule(), new LeadershipRule(), new SloganRule()));
    }

    public CampaignReading read(AnnotatedArticle annotated) {
        Objects.requireNonNull(annotated, "annotated");
        FactContext context = new FactContext(annotated);
        for (Sentence sentence : context.sentences())
            for (FactRule rule : rules)
                rule.read(sentence, context);
        return context.reading();
    }
}
