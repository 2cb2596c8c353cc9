package org.newsgraph.cli;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.apache.jena.atlas.json.JsonArray;
import org.apache.jena.atlas.json.JsonNull;
import org.apache.jena.atlas.json.JsonNumber;
import org.apache.jena.atlas.json.JsonObject;
import org.apache.jena.atlas.json.JsonString;
import org.apache.jena.atlas.json.JsonValue;
import org.apache.jena.graph.Node;
import org.newsgraph.campaign.CampaignFact;
import org.newsgraph.campaign.CampaignReading;
import org.newsgraph.campaign.Evidence;
import org.newsgraph.campaign.Leadership;
import org.newsgraph.campaign.LeftOut;
import org.newsgraph.campaign.Meeting;
import org.newsgraph.campaign.Mobilisation;
import org.newsgraph.campaign.Name;
import org.newsgraph.campaign.ReportedOutput;
import org.newsgraph.campaign.Sentence;
import org.newsgraph.campaign.Slogan;
import org.newsgraph.campaign.Target;
import org.newsgraph.campaign.Team;
import org.newsgraph.extract.EntityRef;
import org.newsgraph.rdf.Campaign;
import org.newsgraph.rdf.FactIds;

/**
 * The campaign facts of the {@code extract} output: each with its id (the fragment the graph publishes it under),
 * its class, its main fields (concepts by their local names in the campaign ontology, amounts and dates as the
 * {@code quantities} and {@code dates} entries show them, entities by IRI), its evidence sentences and confidence;
 * and the sentences left out, with the reason.
 */
final class FactJson {

    private FactJson() {}

    /** The facts of {@code reading}; {@code article} is what an entity of the article alone is a fragment of. */
    static JsonArray facts(CampaignReading reading, String article) {
        Map<CampaignFact, String> ids = FactIds.of(reading);
        List<JsonObject> facts = new ArrayList<>();
        ids.forEach((fact, id) -> {
            JsonObject o = new JsonObject();
            o.put("id", id);
            o.put("class", fact.getClass().getSimpleName());
            fields(o, fact, ids, article);
            evidence(o, fact.evidence());
            facts.add(o);
        });
        return ExtractCommand.array(facts);
    }

    static JsonArray leftOut(CampaignReading reading) {
        return ExtractCommand.array(reading.leftOut().stream().map(FactJson::leftOut).toList());
    }

    private static JsonObject leftOut(LeftOut l) {
        JsonObject o = sentence(l.sentence());
        o.put("reason", l.reason());
        return o;
    }

    private static void fields(JsonObject o, CampaignFact fact, Map<CampaignFact, String> ids, String article) {
        if (fact instanceof Target t) {
            o.put("commodity", concept(Campaign.commodity(t.commodity())));
            o.put("quantity", ExtractCommand.quantity(t.quantity()));
            o.put("kind", concept(Campaign.targetKind(t.kind())));
            o.put("deadline", optional(t.deadline().map(ExtractCommand::date)));
            o.put("period", optional(t.period().map(ExtractCommand::date)));
            o.put("regions", entities(t.regions(), article));
            o.put("setBy", entities(t.setBy(), article));
            o.put("setAt", ExtractCommand.text(t.setAt().map(ids::get)));
        } else if (fact instanceof ReportedOutput r) {
            o.put("commodity", concept(Campaign.commodity(r.commodity())));
            o.put("quantity", ExtractCommand.quantity(r.quantity()));
            o.put("producedIn", optional(r.when().map(ExtractCommand::date)));
            o.put("regions", entities(r.regions(), article));
            o.put("answers", ExtractCommand.text(r.answers().map(ids::get)));
            o.put("outcome", ExtractCommand.text(r.outcome().map(c -> Campaign.outcome(c).getLocalName())));
        } else if (fact instanceof Mobilisation m) {
            o.put("participants", ExtractCommand.quantity(m.people()));
            o.put("regions", entities(m.regions(), article));
            o.put("forces", names(m.forces()));
            o.put("tasks", concepts(m.tasks().stream().map(Campaign::task).toList()));
            o.put("organisedBy", entities(m.organisedBy(), article));
        } else if (fact instanceof Team t) {
            o.put("name", name(t.name()));
            o.put("members", optional(t.members().map(ExtractCommand::quantity)));
            o.put("tasks", concepts(t.tasks().stream().map(Campaign::task).toList()));
            o.put("commodities", concepts(t.commodities().stream().map(Campaign::commodity).toList()));
            o.put("regions", entities(t.regions(), article));
            o.put("organisedBy", entities(t.formedBy(), article));
        } else if (fact instanceof Meeting m) {
            o.put("kind", concept(Campaign.meetingKind(m.kind())));
            o.put("name", optional(m.name().map(FactJson::name)));
            o.put("title", optional(m.title().map(FactJson::name)));
            o.put("date", ExtractCommand.text(m.date().map(LocalDate::toString)));
            o.put("partOfDay", ExtractCommand.text(m.partOfDay().map(p -> Campaign.partOfDay(p).getLocalName())));
            o.put("organisers", entities(m.organisers(), article));
        } else if (fact instanceof Leadership l) {
            o.put("leader", ExtractCommand.entity(l.leader(), article));
            o.put("role", optional(l.role().map(FactJson::name)));
            o.put("roleIn", ExtractCommand.text(l.ofBody().map(b -> ExtractCommand.entity(b, article))));
            o.put("commodity", ExtractCommand.text(l.commodity().map(c -> Campaign.commodity(c).getLocalName())));
            o.put("regions", entities(l.regions(), article));
        } else if (fact instanceof Slogan s) {
            o.put("text", name(s.text()));
            o.put("issuedBy", entities(s.issuedBy(), article));
        }
    }

    private static void evidence(JsonObject o, Evidence e) {
        List<JsonObject> sentences = new ArrayList<>();
        sentences.add(sentence(e.zh()));
        e.en().ifPresent(en -> sentences.add(sentence(en)));
        o.put("evidence", ExtractCommand.array(sentences));
        o.put("confidence", JsonNumber.value(e.confidence()));
    }

    private static JsonObject sentence(Sentence s) {
        return ExtractCommand.located(s.text(), s.lang(), s.span());
    }

    private static JsonObject name(Name n) {
        JsonObject o = new JsonObject();
        o.put("zh", n.zh());
        o.put("en", ExtractCommand.text(n.en()));
        return o;
    }

    private static JsonArray names(List<Name> names) {
        return ExtractCommand.array(names.stream().map(FactJson::name).toList());
    }

    private static JsonString concept(Node concept) { return new JsonString(concept.getLocalName()); }

    private static JsonArray concepts(List<Node> concepts) {
        JsonArray a = new JsonArray();
        concepts.forEach(c -> a.add(concept(c)));
        return a;
    }

    private static JsonArray entities(List<EntityRef> refs, String article) {
        JsonArray a = new JsonArray();
        refs.forEach(r -> a.add(ExtractCommand.entity(r, article)));
        return a;
    }

    private static JsonValue optional(Optional<JsonObject> value) {
        return value.<JsonValue>map(v -> v).orElse(JsonNull.instance);
    }
}
