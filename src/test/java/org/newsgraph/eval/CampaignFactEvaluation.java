package org.newsgraph.eval;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;

import org.newsgraph.article.Article;
import org.newsgraph.article.ArticleFormatException;
import org.newsgraph.article.Span;
import org.newsgraph.campaign.CampaignFact;
import org.newsgraph.campaign.CampaignFactFinder;
import org.newsgraph.campaign.CampaignReading;
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
import org.newsgraph.extract.Quantity;
import org.newsgraph.extract.TimeExpression;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Scores the campaign rules on a held-out set of steel reports against its hand-made {@code facts.tsv}
 * ({@code heldout/gold/} and {@code heldout/campaign-extra/}, each with a {@code facts-notes.md} stating its
 * conventions). Each article the gold covers is read through the real parser, extractor and
 * {@link CampaignFactFinder}: the articles it has rows for or, for a set whose gold covers its whole folder, every
 * article, so that any fact read in an article without gold facts is wrong. A system fact matches a gold fact of
 * the same article and class whose key words it covers (its amount overlapping the gold's words, or its name or text
 * being them) and, for an amount, whose commodity and amount agree; it is right when every other field agrees too
 * (rate, regions, dates, kind, tasks, the body behind it, the force's name), and wrong otherwise, with the fields
 * that differ. A fact on words the gold leaves out as unclear is listed and not scored.
 */
public final class CampaignFactEvaluation {

    private static final Logger LOG = LoggerFactory.getLogger(CampaignFactEvaluation.class);

    static final List<String> CLASSES = List.of("Target", "ReportedOutput", "Mobilisation", "Team", "Meeting",
        "Leadership", "Slogan");

    private final HeldOutArticles heldOut;
    private final GoldSet gold;
    /** The articles the gold annotates, by file name. */
    private final Set<String> covered;
    private final CampaignFactFinder finder = CampaignFactFinder.create();

    private CampaignFactEvaluation(Builder b) throws IOException, ArticleFormatException {
        this.heldOut = HeldOutArticles.load(b.articles, b.authority, b.base);
        this.gold = GoldSet.readFactsOnly(b.gold, heldOut.articles());
        this.covered = new LinkedHashSet<>(b.everyArticle ? heldOut.articles().keySet()
            : gold.facts().stream().map(GoldSet.GoldFact::file).toList());
    }

    public static Builder builder() { return new Builder(); }

    /** Where the articles, the gold and the authority data are. */
    public static final class Builder {
        private Path articles, gold, authority;
        private String base = "http://localhost:3030/";
        private boolean everyArticle;

        public Builder articles(Path folder) { this.articles = folder; return this; }

        /**
         * The gold annotates every article of the folder: one without a row has no fact. Without this, only the
         * articles the gold has rows for are read, since a folder can hold articles annotated for other gold.
         */
        public Builder everyArticle() { this.everyArticle = true; return this; }
        public Builder gold(Path folder) { this.gold = folder; return this; }
        public Builder authority(Path folder) { this.authority = folder; return this; }
        public Builder base(String base) { this.base = base; return this; }

        public CampaignFactEvaluation build() throws IOException, ArticleFormatException {
            for (Map.Entry<String, Path> e : Map.of("articles", Objects.requireNonNull(articles, "articles"),
                "gold", Objects.requireNonNull(gold, "gold"),
                "authority", Objects.requireNonNull(authority, "authority")).entrySet())
                if (!Files.isDirectory(e.getValue()))
                    throw new IllegalArgumentException(e.getKey() + ": no folder " + e.getValue());
            Objects.requireNonNull(base, "base");
            return new CampaignFactEvaluation(this);
        }
    }

    /** What is wrong with {@code facts.tsv}, each as {@code file:line: reason}; empty when it is well-formed. */
    public List<String> goldProblems() {
        return gold.problems();
    }

    /** The articles the gold annotates, by file name: those read and judged. */
    Set<String> covered() { return Set.copyOf(covered); }

    /** How one system fact was judged. */
    public enum Verdict { RIGHT, WRONG, NOT_SCORED }

    /** One system fact, judged: what it says and why it is right, wrong or not scored. */
    public record Judged(String file, String type, String fact, Verdict verdict, String reason) {}

    /** A gold fact that no system fact states rightly, with what the system said of it, if anything. */
    public record Missed(String file, String type, String fact, String reason) {}

    /** A sentence the rules left out, with their reason and the gold facts whose key words lie in it. */
    public record Unread(String file, String sentence, String reason, List<Integer> goldLines) {}

    /** Every judgement of every covered article. */
    public record Result(List<Judged> judged, List<Missed> missed, List<Unread> leftOut, int goldFacts,
                         Map<String, Integer> goldByClass, int goldLeftOut) {

        public Score overall() {
            return new Score(count(null, Verdict.RIGHT), scored(null), goldFacts);
        }

        /** The score of one class of fact. */
        public Score of(String type) {
            return new Score(count(type, Verdict.RIGHT), scored(type), goldByClass.getOrDefault(type, 0));
        }

        public long notScored() { return judged.stream().filter(j -> j.verdict == Verdict.NOT_SCORED).count(); }

        /** How many sentences the rules left out hold the key words of a gold fact. */
        public long leftOutWithGold() { return leftOut.stream().filter(u -> !u.goldLines.isEmpty()).count(); }

        private int scored(String type) { return count(type, Verdict.RIGHT) + count(type, Verdict.WRONG); }

        private int count(String type, Verdict verdict) {
            return (int) judged.stream().filter(j -> j.verdict == verdict && (type == null || j.type.equals(type)))
                .count();
        }

        /** Both results as one, as if their articles were one set. */
        public Result plus(Result o) {
            Map<String, Integer> byClass = new TreeMap<>(goldByClass);
            o.goldByClass.forEach((type, n) -> byClass.merge(type, n, Integer::sum));
            return new Result(concat(judged, o.judged), concat(missed, o.missed), concat(leftOut, o.leftOut),
                goldFacts + o.goldFacts, byClass, goldLeftOut + o.goldLeftOut);
        }

        private static <T> List<T> concat(List<T> a, List<T> b) {
            List<T> both = new ArrayList<>(a);
            both.addAll(b);
            return List.copyOf(both);
        }

        /**
         * The report as Markdown under {@code title}: scores overall and by class, then every judgement and every
         * miss by article.
         */
        public String report(String title) {
            StringBuilder r = new StringBuilder("# ").append(title).append("\n\n")
                .append("Right / system facts scored (precision P) and right / gold facts (recall R). ")
                .append("A system fact with any field wrong is wrong; one on words the gold leaves out as unclear ")
                .append("is not scored.\n\n| class | score |\n| --- | --- |\n");
            for (String type : CLASSES)
                r.append("| ").append(type).append(" | ").append(of(type)).append(" |\n");
            r.append("| **all** | ").append(overall()).append(" |\n\n")
                .append("System facts not scored: ").append(notScored()).append(". Gold words left out as unclear: ")
                .append(goldLeftOut).append(". Sentences the rules left out: ").append(leftOut.size()).append(", of which ")
                .append(leftOutWithGold()).append(" hold a gold fact (one line per reason; a sentence can have ")
                .append("several).\n");
            Set<String> files = new TreeSet<>();
            judged.forEach(j -> files.add(j.file));
            missed.forEach(m -> files.add(m.file));
            leftOut.forEach(u -> files.add(u.file));
            for (String file : files) {
                r.append("\n## ").append(file).append("\n\n");
                judged.stream().filter(j -> j.file.equals(file)).forEach(j -> r.append("- ").append(j.verdict)
                    .append(": ").append(j.fact).append(j.reason.isEmpty() ? "" : " — " + j.reason).append('\n'));
                missed.stream().filter(m -> m.file.equals(file)).forEach(m -> r.append("- MISSED: ").append(m.fact)
                    .append(m.reason.isEmpty() ? "" : " — " + m.reason).append('\n'));
                leftOut.stream().filter(u -> u.file.equals(file)).forEach(u -> r.append("- LEFT OUT by the rules (")
                    .append(u.reason).append(u.goldLines.isEmpty() ? "; no gold fact in it" : "; gold lines "
                        + u.goldLines).append("): ").append(u.sentence).append('\n'));
            }
            return r.toString();
        }
    }

    /** Reads every article the gold covers and judges each fact; refuses malformed gold. */
    public Result evaluate() {
        List<String> problems = goldProblems();
        if (!problems.isEmpty())
            throw new IllegalStateException("malformed gold:\n" + String.join("\n", problems));
        List<Judged> judged = new ArrayList<>();
        List<Missed> missed = new ArrayList<>();
        List<Unread> leftOut = new ArrayList<>();
        for (String file : covered) {
            Article article = heldOut.articles().get(file);
            CampaignReading reading = finder.read(heldOut.annotate(article));
            judge(file, reading.facts(), judged, missed);
            for (LeftOut l : reading.leftOut())
                leftOut.add(new Unread(file, l.sentence().text().strip(), l.reason(), gold.facts().stream()
                    .filter(g -> g.file().equals(file) && !g.type().equals(GoldSet.LEFT_OUT)
                        && l.sentence().covers(g.span()))
                    .map(GoldSet.GoldFact::line).toList()));
        }
        List<GoldSet.GoldFact> facts = gold.facts().stream().filter(g -> !g.type().equals(GoldSet.LEFT_OUT)).toList();
        Map<String, Integer> byClass = new TreeMap<>();
        facts.forEach(g -> byClass.merge(g.type(), 1, Integer::sum));
        Result result = new Result(judged, missed, leftOut, facts.size(), byClass,
            gold.facts().size() - facts.size());
        LOG.info("held-out campaign facts: {}", result.overall());
        return result;
    }

    /** A system fact as the evaluation sees it: its class, key words, amount and the fields it checks. */
    private record Seen(String type, String keyWords, Span key, Optional<Quantity> amount, Set<String> commodities,
                        Map<String, Collection<?>> fields) {}

    private void judge(String file, List<CampaignFact> facts, List<Judged> judged, List<Missed> missed) {
        List<GoldSet.GoldFact> golds = gold.facts().stream().filter(g -> g.file().equals(file)).toList();
        Map<GoldSet.GoldFact, String> answered = new LinkedHashMap<>();
        Set<GoldSet.GoldFact> right = new HashSet<>();
        for (CampaignFact fact : facts) {
            Seen seen = see(fact);
            String description = describe(seen);
            Optional<GoldSet.GoldFact> match = golds.stream().filter(g -> !answered.containsKey(g)
                && g.type().equals(seen.type) && keyed(g, seen)).findFirst();
            if (match.isPresent()) {
                List<String> wrong = wrongFields(match.get(), seen);
                answered.put(match.get(), description + (wrong.isEmpty() ? "" : " (" + String.join("; ", wrong) + ")"));
                if (wrong.isEmpty())
                    right.add(match.get());
                judged.add(new Judged(file, seen.type, description, wrong.isEmpty() ? Verdict.RIGHT : Verdict.WRONG,
                    wrong.isEmpty() ? "gold line " + match.get().line() : String.join("; ", wrong)
                        + " (gold line " + match.get().line() + ")"));
                continue;
            }
            Optional<GoldSet.GoldFact> unclear = golds.stream().filter(g -> g.type().equals(GoldSet.LEFT_OUT)
                && Amounts.overlap(g.span(), seen.key)).findFirst();
            if (unclear.isPresent()) {
                judged.add(new Judged(file, seen.type, description, Verdict.NOT_SCORED,
                    "the gold leaves these words out: " + unclear.get().notes()));
                continue;
            }
            List<String> here = golds.stream().filter(g -> !g.type().equals(GoldSet.LEFT_OUT)
                && Amounts.overlap(g.span(), seen.key)).map(CampaignFactEvaluation::describe).toList();
            judged.add(new Judged(file, seen.type, description, Verdict.WRONG, here.isEmpty()
                ? "no gold fact at these words" : "the gold has here: " + String.join("; ", here)));
        }
        golds.stream().filter(g -> !g.type().equals(GoldSet.LEFT_OUT) && !right.contains(g)).forEach(g ->
            missed.add(new Missed(file, g.type(), describe(g) + " [gold line " + g.line() + "]",
                answered.containsKey(g) ? "stated wrongly: " + answered.get(g) : "")));
    }

    /**
     * True when the system fact has the gold fact's key: its words and, for an amount, commodity and amount. A fact
     * without words of its own (a meeting the model gives no name, 召开现场会议) has the gold's key when the gold's
     * words lie in its sentence.
     */
    private static boolean keyed(GoldSet.GoldFact g, Seen seen) {
        if (seen.amount.isEmpty() && seen.keyWords.isEmpty())
            return seen.key.begin() <= g.span().begin() && g.span().end() <= seen.key.end();
        if (seen.amount.isEmpty())
            return g.words().equals(seen.keyWords) && Amounts.overlap(g.span(), seen.key);
        Quantity q = seen.amount.get();
        boolean commodity = seen.commodities.isEmpty() || g.field("commodity").acceptsAll(seen.commodities);
        return Amounts.overlap(g.span(), q.span()) && commodity
            && Amounts.agree(g.value(), g.min(), g.max(), g.unit(), q);
    }

    /** The fields of a matched fact that disagree with the gold, each with both values. */
    private List<String> wrongFields(GoldSet.GoldFact g, Seen seen) {
        List<String> wrong = new ArrayList<>();
        if (seen.type.equals("Team") && !g.field("commodity").acceptsAll(seen.commodities))
            wrong.add("commodity: " + seen.commodities + ", gold " + g.field("commodity"));
        if (seen.type.equals("Team") && seen.amount.isPresent())
            wrong.add("members: " + seen.amount.get().text() + ", gold none");
        for (Map.Entry<String, Collection<?>> f : seen.fields.entrySet()) {
            GoldSet.Expected expected = g.field(f.getKey());
            Set<String> given = new LinkedHashSet<>();
            for (Object value : f.getValue())
                given.add(value instanceof EntityRef e ? keyOf(e, expected) : value.toString());
            boolean agrees = f.getValue() instanceof Set<?> ? expected.acceptsAll(given)
                : expected.acceptsOne(given.stream().findFirst());
            if (!agrees)
                wrong.add(f.getKey() + ": " + (given.isEmpty() ? "(none)" : String.join("|", given)) + ", gold "
                    + expected);
        }
        return wrong;
    }

    /** The gold key an entity is named by, when it is one of those expected; else its own name. */
    private String keyOf(EntityRef e, GoldSet.Expected expected) {
        return expected.values().stream().filter(k -> heldOut.names(e, k, Optional.empty())).findFirst()
            .orElse(e.labelZh().isEmpty() ? e.label() : e.labelZh());
    }

    // Each class's key words and checked fields. A List holds a field of one value (at most one element), a Set a
    // field of several.

    private static Seen see(CampaignFact fact) {
        Sentence zh = fact.evidence().zh();
        if (fact instanceof Target t)
            return amount("Target", t.quantity(), Set.of(t.commodity().name()), fields(
                "per", optional(Amounts.per(t.quantity())), "regions", Set.copyOf(t.regions()), "date", day(t.period()),
                "deadline", day(t.deadline()), "kind", List.of(t.kind().name()), "by", Set.copyOf(t.setBy())));
        if (fact instanceof ReportedOutput o)
            return amount("ReportedOutput", o.quantity(), Set.of(o.commodity().name()), fields(
                "per", optional(Amounts.per(o.quantity())), "regions", Set.copyOf(o.regions()), "date", day(o.when()),
                "kind", optional(o.outcome().map(Enum::name))));
        if (fact instanceof Mobilisation m)
            return amount("Mobilisation", m.people(), Set.of(), fields("per", optional(Amounts.per(m.people())),
                "regions", Set.copyOf(m.regions()), "task", names(m.tasks()), "by", Set.copyOf(m.organisedBy()),
                "name", m.forces().stream().map(Name::zh).collect(Collectors.toSet())));
        if (fact instanceof Team t)
            return named("Team", t.name().zh(), zh, t.members(), names(t.commodities()), fields(
                "regions", Set.copyOf(t.regions()), "task", names(t.tasks()), "by", Set.copyOf(t.formedBy())));
        if (fact instanceof Meeting m)
            return named("Meeting", m.name().or(m::title).map(Name::zh).orElse(""), zh, Optional.empty(),
                Set.of(), fields("kind", List.of(m.kind().name()), "date", optional(m.date().map(Object::toString)),
                    "by", Set.copyOf(m.organisers())));
        if (fact instanceof Leadership l)
            return named("Leadership", l.leader().labelZh(), zh, Optional.empty(),
                l.commodity().map(c -> Set.of(c.name())).orElse(Set.of()), fields("regions", Set.copyOf(l.regions())));
        Slogan s = (Slogan) fact;   // the last class the sealed interface permits
        return named("Slogan", s.text().zh(), zh, Optional.empty(), Set.of(), fields("by", Set.copyOf(s.issuedBy())));
    }

    private static Seen amount(String type, Quantity q, Set<String> commodities, Map<String, Collection<?>> fields) {
        return new Seen(type, q.text(), q.span(), Optional.of(q), commodities, fields);
    }

    /** A fact keyed by words of its sentence: their span in the body, or the sentence's when they are not in it. */
    private static Seen named(String type, String words, Sentence zh, Optional<Quantity> members,
                              Set<String> commodities, Map<String, Collection<?>> fields) {
        String key = words.strip().replaceAll("^[“\"「]|[”\"」]$", "");
        Span span = key.isEmpty() ? zh.span() : GoldSet.occurrence(zh.text(), key, 1)
            .map(s -> new Span(zh.span().begin() + s.begin(), zh.span().begin() + s.end())).orElse(zh.span());
        return new Seen(type, key, span, members, commodities, fields);
    }

    private static Map<String, Collection<?>> fields(Object... pairs) {
        Map<String, Collection<?>> fields = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2)
            fields.put((String) pairs[i], (Collection<?>) pairs[i + 1]);
        return fields;
    }

    private static List<String> optional(Optional<String> value) { return value.map(List::of).orElse(List.of()); }

    private static Set<String> names(List<? extends Enum<?>> constants) {
        return constants.stream().map(Enum::name).collect(Collectors.toSet());
    }

    /** A date as the gold writes it: the day, or first/last of a period; the words, when they are not resolved. */
    private static List<String> day(Optional<TimeExpression> t) {
        return optional(t.map(e -> e.value().map(Object::toString).orElseGet(() -> e.isResolved()
            ? e.from().map(Object::toString).orElse("") + "/" + e.to().map(Object::toString).orElse("")
            : "unresolved " + e.text())));
    }

    private static String describe(Seen s) {
        StringBuilder d = new StringBuilder(s.type).append(" \"").append(s.keyWords).append("\" [")
            .append(s.key.begin()).append(',').append(s.key.end()).append(')');
        if (!s.commodities.isEmpty())
            d.append(' ').append(String.join("|", new TreeSet<>(s.commodities)));
        s.amount.ifPresent(q -> d.append(' ').append(Amounts.text(q.value(), q.min(), q.max())).append(' ')
            .append(q.unit().orElse("(no unit)")));
        s.fields.forEach((k, v) -> {
            if (!v.isEmpty())
                d.append("; ").append(k).append(' ').append(v.stream().map(o -> o instanceof EntityRef e
                    ? (e.labelZh().isEmpty() ? e.label() : e.labelZh()) : o.toString())
                    .collect(Collectors.joining("|")));
        });
        return d.toString();
    }

    private static String describe(GoldSet.GoldFact g) {
        StringBuilder d = new StringBuilder(g.type()).append(" \"").append(g.words()).append("\" [")
            .append(g.span().begin()).append(',').append(g.span().end()).append(')');
        if (!g.field("commodity").values().isEmpty())
            d.append(' ').append(g.field("commodity"));
        if (g.value().isPresent() || g.min().isPresent() || g.max().isPresent())
            d.append(' ').append(Amounts.text(g.value(), g.min(), g.max())).append(' ').append(g.unit());
        for (String f : GoldSet.FACT_FIELDS)
            if (!f.equals("commodity") && !g.field(f).values().isEmpty())
                d.append("; ").append(f).append(' ').append(g.field(f));
        return d.toString();
    }
}
