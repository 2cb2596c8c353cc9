package org.newsgraph.eval;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.apache.jena.atlas.json.JSON;
import org.apache.jena.atlas.json.JsonObject;
import org.newsgraph.article.Article;
import org.newsgraph.article.ArticleFormatException;
import org.newsgraph.article.Span;
import org.newsgraph.extract.AnnotatedArticle;
import org.newsgraph.extract.EntityRef;
import org.newsgraph.extract.Extractor;
import org.newsgraph.extract.Mention;
import org.newsgraph.extract.Quantity;
import org.newsgraph.rdf.ArticleConverter;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Scores extraction on the held-out articles against their hand-made gold annotations: mentions (words, place and
 * entity), Wikidata links, and figures. The articles are parsed with the project's parser and annotated with the
 * {@link Extractor} that {@link ArticleConverter} wires from the authority data, as {@code extract} does.
 */
public final class HeldOutEvaluation {

    private static final Logger LOG = LoggerFactory.getLogger(HeldOutEvaluation.class);

    private final HeldOutArticles heldOut;
    private final GoldSet gold;
    private final Set<String> sourceQids;

    private HeldOutEvaluation(Builder b) throws IOException, ArticleFormatException {
        this.heldOut = HeldOutArticles.load(b.articles, b.authority, b.base);
        this.gold = GoldSet.read(b.gold, heldOut.articles());
        this.sourceQids = sourceQids(b.gazetteerSources);
    }

    public static Builder builder() { return new Builder(); }

    /** Where the articles, the gold, the authority data and the gazetteer's source files are. */
    public static final class Builder {
        private Path articles, gold, authority, gazetteerSources;
        private String base = "http://localhost:3030/";

        public Builder articles(Path folder) { this.articles = folder; return this; }
        public Builder gold(Path folder) { this.gold = folder; return this; }
        public Builder authority(Path folder) { this.authority = folder; return this; }
        public Builder gazetteerSources(Path folder) { this.gazetteerSources = folder; return this; }
        public Builder base(String base) { this.base = base; return this; }

        public HeldOutEvaluation build() throws IOException, ArticleFormatException {
            for (Map.Entry<String, Path> e : Map.of("articles", nonNull(articles, "articles"), "gold",
                nonNull(gold, "gold"), "authority", nonNull(authority, "authority"), "gazetteerSources",
                nonNull(gazetteerSources, "gazetteerSources")).entrySet())
                if (!Files.isDirectory(e.getValue()))
                    throw new IllegalArgumentException(e.getKey() + ": no folder " + e.getValue());
            Objects.requireNonNull(base, "base");
            return new HeldOutEvaluation(this);
        }

        private static Path nonNull(Path p, String what) { return Objects.requireNonNull(p, what); }
    }

    /** What is wrong with the gold: rows that cannot be read or located, QIDs the gazetteer's sources lack. */
    public List<String> goldProblems() {
        List<String> problems = new ArrayList<>(gold.problems());
        for (GoldSet.GoldMention g : gold.mentions())
            g.wikidata().filter(q -> !sourceQids.contains(q)).ifPresent(q -> problems.add(
                "mentions.tsv:" + g.line() + ": " + q + " is in none of the gazetteer's source files"));
        return problems;
    }

    /** The scores of one article, with every false positive and false negative in words. */
    public record ArticleResult(String file, Score mentions, Score links, Score figures,
                                Map<String, Score> mentionsByKind, Map<String, Score> mentionsByLang,
                                List<String> errors) {}

    /** The scores of every article and in total. */
    public record Result(List<ArticleResult> articles) {
        public Score mentions() { return articles.stream().map(ArticleResult::mentions).reduce(Score.NONE, Score::plus); }
        public Score links() { return articles.stream().map(ArticleResult::links).reduce(Score.NONE, Score::plus); }
        public Score figures() { return articles.stream().map(ArticleResult::figures).reduce(Score.NONE, Score::plus); }
        public Map<String, Score> mentionsByKind() { return sum(ArticleResult::mentionsByKind); }
        public Map<String, Score> mentionsByLang() { return sum(ArticleResult::mentionsByLang); }

        private Map<String, Score> sum(Function<ArticleResult, Map<String, Score>> part) {
            Map<String, Score> total = new TreeMap<>();
            articles.forEach(a -> part.apply(a).forEach((k, s) -> total.merge(k, s, Score::plus)));
            return total;
        }

        /** The report as Markdown: scores per article and in total, then every error of every article. */
        public String report() {
            StringBuilder r = new StringBuilder("# Extraction on the held-out articles\n\n")
                .append("Scores: correct / system answers (precision P) and correct / gold answers (recall R).\n\n")
                .append("| article | mentions | links | figures |\n| --- | --- | --- | --- |\n");
            for (ArticleResult a : articles)
                r.append("| ").append(a.file).append(" | ").append(a.mentions).append(" | ").append(a.links)
                    .append(" | ").append(a.figures).append(" |\n");
            r.append("| **total** | ").append(mentions()).append(" | ").append(links()).append(" | ")
                .append(figures()).append(" |\n\n## Mentions by kind and language\n\n| | score |\n| --- | --- |\n");
            mentionsByKind().forEach((k, s) -> r.append("| ").append(k).append(" | ").append(s).append(" |\n"));
            mentionsByLang().forEach((k, s) -> r.append("| ").append(k).append(" | ").append(s).append(" |\n"));
            r.append("\n## Errors\n\nFP: the system's answer that the gold lacks; FN: a gold answer the system "
                + "lacks; not scored: a place or the party within an organisation's name, which newsgraph marks by "
                + "design and the gold does not. Spans are code points of the body.\n");
            for (ArticleResult a : articles) {
                r.append("\n### ").append(a.file).append("\n\n");
                a.errors.forEach(e -> r.append("- ").append(e).append('\n'));
            }
            return r.toString();
        }
    }

    /** Annotates every held-out article and scores it; refuses malformed gold. */
    public Result evaluate() {
        List<String> problems = goldProblems();
        if (!problems.isEmpty())
            throw new IllegalStateException("malformed gold:\n" + String.join("\n", problems));
        List<ArticleResult> results = new ArrayList<>();
        for (Map.Entry<String, Article> e : heldOut.articles().entrySet())
            results.add(score(e.getKey(), heldOut.annotate(e.getValue())));
        Result result = new Result(results);
        LOG.info("held-out mentions: {}", result.mentions());
        LOG.info("held-out links: {}", result.links());
        LOG.info("held-out figures: {}", result.figures());
        return result;
    }

    private record At(String lang, int begin, int end) {
        static At of(String lang, Span span) { return new At(lang, span.begin(), span.end()); }
        @Override public String toString() { return lang + " [" + begin + "," + end + ")"; }
    }

    /**
     * True for a system mention within the words of an organisation the gold names, where the gold has no mention
     * of its own: the place an organisation's name opens with (鞍山 in 鞍山钢铁公司) and the party of a party
     * committee (中共 in 中共河北省委) are mentions by newsgraph's documented convention and not by the gold's, so
     * they are left out of the scores and listed as such ({@code errors}, when given).
     */
    private static boolean insideAnOrganisation(Mention m, Map<At, GoldSet.GoldMention> goldAt, List<String> errors) {
        At at = At.of(lang(m.lang()), m.span());
        if (goldAt.containsKey(at))
            return false;
        Optional<GoldSet.GoldMention> organisation = goldAt.values().stream().filter(g -> g.kind().equals("organization")
            && g.lang().equals(at.lang) && g.span().begin() <= at.begin && at.end <= g.span().end()).findFirst();
        if (organisation.isPresent() && errors != null)
            errors.add("not scored " + at + " \"" + m.text() + "\" → " + describe(m.entity()) + ": within \""
                + organisation.get().words() + "\"");
        return organisation.isPresent();
    }

    private ArticleResult score(String file, AnnotatedArticle annotated) {
        List<String> errors = new ArrayList<>();
        Map<At, GoldSet.GoldMention> goldAt = new LinkedHashMap<>();
        gold.mentions().stream().filter(g -> g.file().equals(file)).forEach(g -> goldAt.put(At.of(g.lang(), g.span()), g));

        Map<String, int[]> byKind = new TreeMap<>(), byLang = new TreeMap<>();   // correct, system, gold
        goldAt.values().forEach(g -> {
            byKind.computeIfAbsent(g.kind(), k -> new int[3])[2]++;
            byLang.computeIfAbsent(g.lang(), k -> new int[3])[2]++;
        });
        Set<GoldSet.GoldMention> found = new HashSet<>();
        int mentionSystem = 0;
        for (Mention m : annotated.mentions()) {
            Optional<String> kind = kindOf(m.entity());
            if (kind.isEmpty() || insideAnOrganisation(m, goldAt, errors))
                continue;
            mentionSystem++;
            At at = At.of(lang(m.lang()), m.span());
            byKind.computeIfAbsent(kind.get(), k -> new int[3])[1]++;
            byLang.computeIfAbsent(at.lang, k -> new int[3])[1]++;
            GoldSet.GoldMention g = goldAt.get(at);
            if (g != null && !found.contains(g) && heldOut.names(m.entity(), g.entity(), g.province())) {
                found.add(g);
                byKind.computeIfAbsent(g.kind(), k -> new int[3])[0]++;
                byLang.get(at.lang)[0]++;
            } else
                errors.add("mention FP " + at + " \"" + m.text() + "\" → " + describe(m.entity())
                    + (g == null ? "" : " (gold: " + g.entity() + ")"));
        }
        goldAt.values().stream().filter(g -> !found.contains(g)).forEach(g -> errors.add("mention FN "
            + At.of(g.lang(), g.span()) + " \"" + g.words() + "\" #" + g.occurrence() + " → " + g.kind() + " "
            + g.entity() + g.province().map(p -> " in " + p).orElse("")));
        Score mentions = new Score(found.size(), mentionSystem, goldAt.size());

        int linkCorrect = 0, linkSystem = 0;
        Set<GoldSet.GoldMention> linked = new HashSet<>();
        for (Mention m : annotated.mentions()) {
            Optional<String> qid = m.entity().wikidata();
            if (qid.isEmpty() || insideAnOrganisation(m, goldAt, null))
                continue;
            linkSystem++;
            At at = At.of(lang(m.lang()), m.span());
            GoldSet.GoldMention g = goldAt.get(at);
            if (g != null && g.wikidata().equals(qid) && linked.add(g))
                linkCorrect++;
            else
                errors.add("link FP " + at + " \"" + m.text() + "\" → " + qid.get() + " (gold: "
                    + (g == null ? "no mention here" : g.wikidata().orElse("unlinked")) + ")");
        }
        goldAt.values().stream().filter(g -> g.wikidata().isPresent() && !linked.contains(g)).forEach(g ->
            errors.add("link FN " + At.of(g.lang(), g.span()) + " \"" + g.words() + "\" → " + g.wikidata().get()));
        Score links = new Score(linkCorrect, linkSystem,
            (int) goldAt.values().stream().filter(g -> g.wikidata().isPresent()).count());

        List<GoldSet.GoldFigure> goldFigures = gold.figures().stream().filter(g -> g.file().equals(file)).toList();
        Set<GoldSet.GoldFigure> matched = new HashSet<>();
        for (Quantity q : annotated.quantities()) {
            At at = At.of(lang(q.lang()), q.span());
            Optional<GoldSet.GoldFigure> g = goldFigures.stream().filter(f -> !matched.contains(f)
                && f.lang().equals(at.lang) && Amounts.overlap(f.span(), q.span()) && agree(f, q)).findFirst();
            if (g.isPresent())
                matched.add(g.get());
            else
                errors.add("figure FP " + at + " \"" + q.text() + "\" → " + describe(q));
        }
        goldFigures.stream().filter(g -> !matched.contains(g)).forEach(g -> errors.add("figure FN "
            + At.of(g.lang(), g.span()) + " \"" + g.words() + "\" → " + describe(g)));
        Score figures = new Score(matched.size(), annotated.quantities().size(), goldFigures.size());

        return new ArticleResult(file, mentions, links, figures, scores(byKind), scores(byLang), errors);
    }

    private static Map<String, Score> scores(Map<String, int[]> counts) {
        Map<String, Score> scores = new TreeMap<>();
        counts.forEach((k, c) -> scores.put(k, new Score(c[0], c[1], c[2])));
        return scores;
    }

    // The one place that reads extraction's own codes, so that a change of their types is a one-line fix here.

    /** {@code place}, {@code person} or {@code organization}; empty for what the evaluation does not score. */
    private static Optional<String> kindOf(EntityRef entity) {
        if (entity.place())
            return Optional.of("place");
        String kind = entity.kind().toString().toLowerCase(Locale.ROOT);
        if (kind.equals("person"))
            return Optional.of("person");
        return kind.endsWith("organization") ? Optional.of("organization") : Optional.empty();
    }

    private static String lang(Object lang) { return lang.toString().toLowerCase(Locale.ROOT); }

    private static boolean agree(GoldSet.GoldFigure g, Quantity q) {
        return Amounts.agree(g.value(), g.min(), g.max(), g.unit(), q)
            && g.per().map(p -> p.toLowerCase(Locale.ROOT)).equals(Amounts.per(q));
    }

    private static String describe(EntityRef e) {
        return kindOf(e).orElse("?") + " " + (e.labelZh().isEmpty() ? e.label() : e.labelZh()) + " <" + e.iri() + ">"
            + e.wikidata().map(q -> " " + q).orElse("");
    }

    private static String describe(Quantity q) {
        return Amounts.text(q.value(), q.min(), q.max()) + " " + q.unit().orElse("(no unit)")
            + Amounts.per(q).map(p -> " per " + p).orElse("");
    }

    private static String describe(GoldSet.GoldFigure g) {
        return Amounts.text(g.value(), g.min(), g.max()) + " " + g.unit() + g.per().map(p -> " per " + p).orElse("");
    }

    /**
     * Every QID the gazetteer's source files give for an entity: the cities CSV and the seed TSV ({@code qid}
     * column; the seed's rows whose status says verified), and the newlook excerpt (the fourth value of each
     * entry). QIDs that only appear in notes ("not Q19852486") do not count.
     */
    static Set<String> sourceQids(Path folder) throws IOException {
        Set<String> qids = new HashSet<>();
        CSVFormat csv = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get();
        try (Reader in = Files.newBufferedReader(folder.resolve("china-itinerary-planner-cities.csv"),
            StandardCharsets.UTF_8)) {
            for (CSVRecord r : csv.parse(in))
                qids.add(r.get("qid"));
        }
        CSVFormat tsv = CSVFormat.TDF.builder().setHeader().setSkipHeaderRecord(true).setQuote(null).get();
        try (Reader in = Files.newBufferedReader(folder.resolve("seed-entities.tsv"), StandardCharsets.UTF_8)) {
            for (CSVRecord r : tsv.parse(in))
                if (r.get("status").startsWith("verified") && !r.get("qid").isEmpty())
                    qids.add(r.get("qid"));
        }
        JsonObject centers = JSON.parseAny(Files.readString(folder.resolve("newlook-centers-excerpt.json")))
            .getAsObject();
        centers.keys().forEach(code -> qids.add(centers.get(code).getAsArray().get(3).getAsString().value()));
        return qids;
    }
}
