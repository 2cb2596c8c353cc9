package org.newsgraph.rdf;

import static org.newsgraph.article.Language.EN;
import static org.newsgraph.article.Language.ZH;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;

import org.apache.jena.graph.Node;
import org.apache.jena.vocabulary.RDF;
import org.newsgraph.campaign.CampaignFact;
import org.newsgraph.campaign.CampaignReading;
import org.newsgraph.campaign.Commodity;
import org.newsgraph.campaign.Evidence;
import org.newsgraph.campaign.Leadership;
import org.newsgraph.campaign.Meeting;
import org.newsgraph.campaign.Mobilisation;
import org.newsgraph.campaign.Name;
import org.newsgraph.campaign.ReportedOutput;
import org.newsgraph.campaign.Slogan;
import org.newsgraph.campaign.Target;
import org.newsgraph.campaign.Team;
import org.newsgraph.extract.EntityRef;

/**
 * Maps the campaign facts read in one article into its graph (ontology/campaign.ttl): each fact a fragment of the
 * original named by its {@link FactIds id} ({@code #target-1}, {@code #meeting-2}),
 * {@code prov:wasDerivedFrom} the original, linked to the value nodes of its Chinese amounts and dates and to the
 * entities of its mentions, with one Web Annotation ({@code #target-1-evidence}) whose targets are the Chinese
 * sentence and the English one aligned with it. One per graph, sharing the graph's evidence writer; not thread-safe.
 */
final class CampaignMapper {

    /** The year of the campaign for steel: facts on its commodities in that year's articles belong to it. */
    private static final int STEEL_CAMPAIGN_YEAR = 1958;

    private final Emitter e;
    private final EvidenceWriter evidence;
    private final ValueNodes values;
    private final Node original;
    private final Node translation;
    private final LocalDate paperDate;
    private final Map<CampaignFact, Node> ids = new HashMap<>();

    CampaignMapper(Emitter e, EvidenceWriter evidence, ValueNodes values, Node original, Node translation,
                   LocalDate paperDate) {
        this.e = e;
        this.evidence = evidence;
        this.values = values;
        this.original = original;
        this.translation = translation;
        this.paperDate = paperDate;
    }

    void map(CampaignReading reading) {
        FactIds.of(reading).forEach((fact, id) -> ids.put(fact, UriScheme.fragment(original, id)));
        for (CampaignFact fact : reading.facts()) {
            Node id = ids.get(fact);
            e.add(id, Prov.wasDerivedFrom, original);
            if (fact instanceof Target t)
                target(id, t);
            else if (fact instanceof ReportedOutput o)
                output(id, o);
            else if (fact instanceof Mobilisation m)
                mobilisation(id, m);
            else if (fact instanceof Team t)
                team(id, t);
            else if (fact instanceof Meeting m)
                meeting(id, m);
            else if (fact instanceof Leadership l)
                leadership(id, l);
            else if (fact instanceof Slogan s)
                slogan(id, s);
            annotate(id, fact.evidence());
        }
    }

    private void target(Node id, Target t) {
        e.add(id, RDF.type.asNode(), Campaign.ProductionTarget);
        if (t.commodity().isInstallation())
            e.add(id, RDF.type.asNode(), Campaign.FurnaceBuildingTarget);
        commodity(id, t.commodity());
        e.add(id, Campaign.quantity, values.of(t.quantity()));
        e.add(id, Campaign.targetKind, Campaign.targetKind(t.kind()));
        t.deadline().ifPresent(d -> e.add(id, Campaign.deadline, values.of(d)));
        t.period().ifPresent(p -> e.add(id, Campaign.period, values.of(p)));
        entities(id, Campaign.region, t.regions());
        entities(id, Campaign.setBy, t.setBy());
        t.setAt().ifPresent(m -> e.add(id, Campaign.setAt, idOf(m)));
    }

    private void output(Node id, ReportedOutput o) {
        e.add(id, RDF.type.asNode(), Campaign.ReportedOutput);
        commodity(id, o.commodity());
        e.add(id, Campaign.quantity, values.of(o.quantity()));
        o.when().ifPresent(w -> e.add(id, Campaign.producedIn, values.of(w)));
        entities(id, Campaign.region, o.regions());
        o.answers().ifPresent(t -> e.add(id, Campaign.answers, idOf(t)));
        o.outcome().ifPresent(c -> e.add(id, Campaign.outcome, Campaign.outcome(c)));
    }

    private void mobilisation(Node id, Mobilisation m) {
        e.add(id, RDF.type.asNode(), Campaign.Mobilisation);
        e.add(id, Campaign.participants, values.of(m.people()));
        entities(id, Campaign.region, m.regions());
        m.forces().forEach(f -> name(id, Campaign.forceName, f));
        m.tasks().forEach(t -> e.add(id, Campaign.task, Campaign.task(t)));
        entities(id, Campaign.organisedBy, m.organisedBy());
    }

    private void team(Node id, Team t) {
        e.add(id, RDF.type.asNode(), Campaign.Team);
        name(id, SchemaOrg.name, t.name());
        t.members().ifPresent(q -> e.add(id, Campaign.members, values.of(q)));
        t.tasks().forEach(task -> e.add(id, Campaign.task, Campaign.task(task)));
        t.commodities().forEach(c -> e.add(id, Campaign.commodity, Campaign.commodity(c)));
        if (!t.commodities().isEmpty())
            campaign(id);
        entities(id, Campaign.region, t.regions());
        entities(id, Campaign.organisedBy, t.formedBy());
    }

    private void meeting(Node id, Meeting m) {
        e.add(id, RDF.type.asNode(), Campaign.Meeting);
        e.add(id, Campaign.meetingKind, Campaign.meetingKind(m.kind()));
        m.name().ifPresent(n -> name(id, SchemaOrg.name, n));
        m.title().ifPresent(t -> name(id, Campaign.title, t));
        m.date().ifPresent(d -> e.add(id, SchemaOrg.startDate, ArticleMapper.xsdDate(d)));
        m.dateWords().ifPresent(w -> e.add(id, Campaign.dateReference, values.of(w)));
        m.partOfDay().ifPresent(p -> e.add(id, Campaign.partOfDay, Campaign.partOfDay(p)));
        entities(id, SchemaOrg.organizer, m.organisers());
    }

    private void leadership(Node id, Leadership l) {
        e.add(id, RDF.type.asNode(), Campaign.LeadershipAssignment);
        e.add(id, Campaign.leader, entity(l.leader()));
        l.role().ifPresent(r -> name(id, Campaign.role, r));
        l.ofBody().ifPresent(b -> e.add(id, Campaign.roleIn, entity(b)));
        l.commodity().ifPresent(c -> commodity(id, c));
        entities(id, Campaign.region, l.regions());
    }

    private void slogan(Node id, Slogan s) {
        e.add(id, RDF.type.asNode(), Campaign.Slogan);
        name(id, SchemaOrg.text, s.text());
        entities(id, SchemaOrg.creator, s.issuedBy());
    }

    /** The commodity a fact is on, and so the campaign it belongs to when the article is of that campaign's year. */
    private void commodity(Node id, Commodity c) {
        e.add(id, Campaign.commodity, Campaign.commodity(c));
        campaign(id);
    }

    private void campaign(Node id) {
        if (paperDate.getYear() == STEEL_CAMPAIGN_YEAR)
            e.add(id, Campaign.campaign, Campaign.steelCampaign1958);
    }

    /** The Chinese words and, when the translation's are known, the English ones. */
    private void name(Node id, Node property, Name name) {
        e.add(id, property, ArticleMapper.lang(name.zh(), ZH));
        name.en().ifPresent(en -> e.add(id, property, ArticleMapper.lang(en, EN)));
    }

    private void entities(Node id, Node property, Collection<EntityRef> refs) {
        refs.forEach(r -> e.add(id, property, entity(r)));
    }

    private Node entity(EntityRef ref) { return ArticleMapper.entity(ref, original); }

    /** A fact another fact points to (the meeting that set a target, the target an output answers). */
    private Node idOf(CampaignFact fact) {
        Node id = ids.get(fact);
        if (id == null)
            throw new IllegalArgumentException("a fact points to one that is not among the article's facts: " + fact);
        return id;
    }

    private void annotate(Node id, Evidence ev) {
        List<Node> targets = new ArrayList<>();
        targets.add(evidence.span(original, ev.zh().span(), ev.zh().text()));
        ev.en().ifPresent(en -> targets.add(evidence.span(translation, en.span(), en.text())));
        evidence.annotation(UriScheme.fragment(id, "evidence"), id, ev.method(), OptionalDouble.of(ev.confidence()),
            targets);
    }
}
