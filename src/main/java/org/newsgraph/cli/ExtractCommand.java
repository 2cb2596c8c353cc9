package org.newsgraph.cli;

import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;

import org.apache.jena.atlas.json.JSON;
import org.apache.jena.atlas.json.JsonArray;
import org.apache.jena.atlas.json.JsonNull;
import org.apache.jena.atlas.json.JsonNumber;
import org.apache.jena.atlas.json.JsonObject;
import org.apache.jena.atlas.json.JsonString;
import org.apache.jena.atlas.json.JsonValue;
import org.newsgraph.article.Language;
import org.newsgraph.article.Span;
import org.newsgraph.campaign.CampaignReading;
import org.newsgraph.extract.AmbiguousMention;
import org.newsgraph.extract.AnnotatedArticle;
import org.newsgraph.extract.EntityRef;
import org.newsgraph.extract.Extractor;
import org.newsgraph.extract.Mention;
import org.newsgraph.extract.Quantity;
import org.newsgraph.extract.TimeExpression;
import org.newsgraph.rdf.ArticleConverter;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "extract", mixinStandardHelpOptions = true,
    description = "Prints as JSON what extraction finds in an article file, or in plain text on standard input "
        + "(Chinese when it has Han characters): mentions, ambiguous names with their candidates, quantities and dates, "
        + "with begin and end offsets in Unicode code points; for an article file also the campaign facts read in it "
        + "and the sentences left out.")
final class ExtractCommand implements Callable<Integer> {

    @Mixin
    StoreOptions options;

    @Option(names = "--date", paramLabel = "YYYY-MM-DD",
        description = "For plain text: the paper's date, to resolve dates such as 4日 against; places that did not "
            + "exist then are no candidates.")
    LocalDate date;

    @Parameters(paramLabel = "FILE", arity = "0..1", defaultValue = "-",
        description = "An article file, or - for plain text on standard input (the default).")
    String input;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        ArticleConverter converter = options.converter(options.authorityData());
        List<Mention> mentions = new ArrayList<>();
        List<AmbiguousMention> ambiguous = new ArrayList<>();
        String article = "";   // what an entity of the article alone (#person-…) is a fragment of
        List<Quantity> quantities = new ArrayList<>();
        List<TimeExpression> dates = new ArrayList<>();
        CampaignReading reading = CampaignReading.NONE;   // facts are read from articles, not from loose text
        if (input.equals("-")) {
            String text = new String(System.in.readAllBytes(), StandardCharsets.UTF_8);
            Extractor.TextAnnotations found = converter.extractor().annotate(text, Language.ofText(text), date);
            mentions.addAll(found.mentions());
            ambiguous.addAll(found.ambiguous());
            quantities.addAll(found.quantities());
            dates.addAll(found.dates());
        } else {
            var converted = converter.read(Path.of(input));
            AnnotatedArticle found = converted.annotated();
            article = converted.original().getURI();
            mentions.addAll(found.mentions());
            ambiguous.addAll(found.ambiguous());
            quantities.addAll(found.quantities());
            dates.addAll(found.dates());
            reading = converted.facts();
        }
        JsonObject json = new JsonObject();
        String scope = article;
        json.put("mentions", array(mentions.stream().map(m -> mention(m, scope)).toList()));
        json.put("ambiguous", array(ambiguous.stream().map(ExtractCommand::ambiguous).toList()));
        json.put("quantities", array(quantities.stream().map(ExtractCommand::quantity).toList()));
        json.put("dates", array(dates.stream().map(ExtractCommand::date).toList()));
        json.put("facts", FactJson.facts(reading, article));
        json.put("leftOut", FactJson.leftOut(reading));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        JSON.write(out, json);
        spec.commandLine().getOut().println(out.toString(StandardCharsets.UTF_8));
        spec.commandLine().getOut().flush();
        return 0;
    }

    private static JsonObject mention(Mention m, String article) {
        JsonObject o = located(m.text(), m.lang(), m.span());
        o.put("entity", entity(m.entity(), article));
        o.put("label", m.entity().label());
        o.put("kind", m.entity().kind().localName());
        o.put("wikidata", text(m.entity().wikidata()));
        return o;
    }

    /** An entity's IRI; one of the article alone ({@code #person-…}) is a fragment of {@code article}. */
    static String entity(EntityRef ref, String article) {
        return ref.isLocal() ? article + ref.iri() : ref.iri();
    }

    private static JsonObject ambiguous(AmbiguousMention m) {
        JsonObject o = located(m.text(), m.lang(), m.span());
        o.put("candidates", array(m.candidates().stream().map(c -> {
            JsonObject candidate = new JsonObject();
            candidate.put("entity", c.iri());
            candidate.put("label", c.label());
            return candidate;
        }).toList()));
        return o;
    }

    static JsonObject quantity(Quantity q) {
        JsonObject o = located(q.text(), q.lang(), q.span());
        o.put("value", number(q.value()));
        o.put("min", number(q.min()));
        o.put("max", number(q.max()));
        o.put("unit", text(q.unit()));
        o.put("per", text(q.per().map(p -> p.name().toLowerCase(Locale.ROOT))));
        return o;
    }

    static JsonObject date(TimeExpression t) {
        JsonObject o = located(t.text(), t.lang(), t.span());
        o.put("value", text(t.value().map(LocalDate::toString)));
        o.put("from", text(t.from().map(LocalDate::toString)));
        o.put("to", text(t.to().map(LocalDate::toString)));
        return o;
    }

    static JsonObject located(String text, Language lang, Span span) {
        JsonObject o = new JsonObject();
        o.put("text", text);
        o.put("lang", lang.tag());
        o.put("begin", span.begin());
        o.put("end", span.end());
        return o;
    }

    static JsonArray array(List<JsonObject> items) {
        JsonArray a = new JsonArray();
        a.addAll(items);
        return a;
    }

    static JsonValue text(Optional<String> s) {
        return s.<JsonValue>map(JsonString::new).orElse(JsonNull.instance);
    }

    private static JsonValue number(Optional<BigDecimal> n) {
        return n.<JsonValue>map(JsonNumber::value).orElse(JsonNull.instance);
    }
}
