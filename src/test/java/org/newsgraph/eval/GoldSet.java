package org.newsgraph.eval;

import java.io.IOException;
import java.io.Reader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.newsgraph.article.Article;
import org.newsgraph.article.Span;
import org.newsgraph.campaign.Commodity;
import org.newsgraph.campaign.MeetingKind;
import org.newsgraph.campaign.TargetKind;
import org.newsgraph.campaign.TargetOutcome;
import org.newsgraph.campaign.Task;

/**
 * The hand-made gold annotations of the held-out articles ({@code gold/mentions.tsv}, {@code gold/figures.tsv},
 * {@code gold/facts.tsv}), each row located in its article's body. Rows that cannot be read or located are kept as
 * problems, each {@code file:line: reason}, rather than thrown one at a time, so that one look shows them all.
 */
final class GoldSet {

    static final Set<String> KINDS = Set.of("place", "person", "organization");

    /** A gold mention: {@code words} at {@code span} of the body in {@code lang} name {@code entity}. */
    record GoldMention(String file, int line, String lang, String words, int occurrence, Span span, String kind,
                       String entity, Optional<String> province, Optional<String> wikidata) {}

    /** A gold figure: {@code words} at {@code span} state an amount. */
    record GoldFigure(String file, int line, String lang, String words, int occurrence, Span span,
                      Optional<BigDecimal> value, Optional<BigDecimal> min, Optional<BigDecimal> max, String unit,
                      Optional<String> per) {}

    /** The classes of {@code facts.tsv}: those of the campaign model, and words the gold leaves out as unclear. */
    static final Set<String> FACT_CLASSES = Set.of("Target", "ReportedOutput", "Mobilisation", "Team", "Meeting",
        "Leadership", "Slogan", "LeftOut");
    static final String LEFT_OUT = "LeftOut";
    static final Set<String> AMOUNT_CLASSES = Set.of("Target", "ReportedOutput", "Mobilisation");
    static final Set<String> RATE_PERIODS = Set.of("hour", "day", "month", "year");

    /**
     * What the gold expects of one field of a fact. For a field of one value, {@code values} are the values that
     * are right (most often one; none where the article states none); for a field of several (regions, tasks),
     * they are the values all required. When {@code implied}, the article implies them without stating them in
     * the fact's sentence, and no value is right too.
     */
    record Expected(Set<String> values, boolean implied) {
        static final Expected NONE = new Expected(Set.of(), false);

        static Expected parse(String text) {
            boolean implied = text.startsWith("?");
            String rest = implied ? text.substring(1) : text;
            return new Expected(rest.isEmpty() ? Set.of() : Set.of(rest.split("\\|")), implied);
        }

        /** True when a system that gives {@code value} (or nothing) for a field of one value is right. */
        boolean acceptsOne(Optional<String> value) {
            return value.isEmpty() ? values.isEmpty() || implied : values.contains(value.get());
        }

        /** True when a system that gives {@code given} for a field of several values is right. */
        boolean acceptsAll(Set<String> given) {
            return given.isEmpty() ? values.isEmpty() || implied : given.equals(values);
        }

        @Override public String toString() {
            return (implied ? "?" : "") + (values.isEmpty() ? "(none)" : String.join("|", new TreeSet<>(values)));
        }
    }

    /**
     * A gold campaign fact: {@code words} at {@code span} of the Chinese body are its key (its amount, name or
     * text); {@code fields} are what the gold expects of the rest, by column name.
     */
    record GoldFact(String file, int line, String type, String words, int occurrence, Span span,
                    Optional<BigDecimal> value, Optional<BigDecimal> min, Optional<BigDecimal> max, String unit,
                    Map<String, Expected> fields, String notes) {
        Expected field(String column) { return fields.getOrDefault(column, Expected.NONE); }
    }

    /** The columns of {@code facts.tsv} that hold an {@link Expected} value. */
    static final List<String> FACT_FIELDS = List.of("commodity", "per", "regions", "date", "deadline", "kind", "task",
        "by", "name");

    private static final CSVFormat TSV = CSVFormat.TDF.builder().setHeader().setSkipHeaderRecord(true)
        .setQuote(null).setIgnoreSurroundingSpaces(false).setTrim(false).get();

    private final List<GoldMention> mentions = new ArrayList<>();
    private final List<GoldFigure> figures = new ArrayList<>();
    private final List<GoldFact> facts = new ArrayList<>();
    private final List<String> problems = new ArrayList<>();

    /** Reads both gold files of {@code goldFolder}, locating their words in {@code articles} (by file name). */
    static GoldSet read(Path goldFolder, Map<String, Article> articles) throws IOException {
        GoldSet gold = new GoldSet();
        gold.readMentions(goldFolder.resolve("mentions.tsv"), articles);
        gold.readFigures(goldFolder.resolve("figures.tsv"), articles);
        gold.readFacts(goldFolder.resolve("facts.tsv"), articles);
        return gold;
    }

    /** Reads only the campaign facts of {@code goldFolder} ({@code facts.tsv}), for a set that has no other gold. */
    static GoldSet readFactsOnly(Path goldFolder, Map<String, Article> articles) throws IOException {
        GoldSet gold = new GoldSet();
        gold.readFacts(goldFolder.resolve("facts.tsv"), articles);
        return gold;
    }

    List<GoldMention> mentions() { return List.copyOf(mentions); }

    List<GoldFigure> figures() { return List.copyOf(figures); }

    List<GoldFact> facts() { return List.copyOf(facts); }

    /** What is wrong with the gold files, each as {@code file:line: reason}; empty when they are well-formed. */
    List<String> problems() { return List.copyOf(problems); }

    private void readMentions(Path file, Map<String, Article> articles) throws IOException {
        for (Row row : rows(file, List.of("file", "lang", "words", "occurrence", "kind", "entity", "province",
            "wikidata"))) {
            Optional<Located> at = locate(row, row.get("lang"), articles);
            String kind = row.get("kind");
            String entity = row.get("entity");
            String wikidata = row.get("wikidata");
            if (!KINDS.contains(kind))
                problem(row, "kind '" + kind + "' is none of " + KINDS);
            else if (entity.isEmpty())
                problem(row, "no entity");
            else if (!wikidata.isEmpty() && !wikidata.matches("Q[1-9][0-9]*"))
                problem(row, "'" + wikidata + "' is no Wikidata QID");
            else
                at.ifPresent(l -> mentions.add(new GoldMention(l.file, row.line, l.lang, l.words, l.occurrence,
                    l.span, kind, entity, optional(row.get("province")), optional(wikidata))));
        }
    }

    private void readFigures(Path file, Map<String, Article> articles) throws IOException {
        for (Row row : rows(file, List.of("file", "lang", "words", "occurrence", "value", "min", "max", "unit",
            "per"))) {
            Optional<Located> at = locate(row, row.get("lang"), articles);
            try {
                Optional<BigDecimal> value = number(row.get("value"));
                Optional<BigDecimal> min = number(row.get("min"));
                Optional<BigDecimal> max = number(row.get("max"));
                if (value.isEmpty() && min.isEmpty() && max.isEmpty())
                    problem(row, "neither value nor min nor max");
                else if (value.isPresent() && (min.isPresent() || max.isPresent()))
                    problem(row, "a value and a bound");
                else if (row.get("unit").isEmpty())
                    problem(row, "no unit");
                else
                    at.ifPresent(l -> figures.add(new GoldFigure(l.file, row.line, l.lang, l.words, l.occurrence,
                        l.span, value, min, max, row.get("unit"), optional(row.get("per")))));
            } catch (NumberFormatException e) {
                problem(row, "a number that is none: " + e.getMessage());
            }
        }
    }

    private void readFacts(Path file, Map<String, Article> articles) throws IOException {
        for (Row row : rows(file, List.of("file", "class", "words", "occurrence", "commodity", "value", "min", "max",
            "unit", "per", "regions", "date", "deadline", "kind", "task", "by", "name", "notes"))) {
            String type = row.get("class");
            if (!FACT_CLASSES.contains(type)) {
                problem(row, "class '" + type + "' is none of " + new TreeSet<>(FACT_CLASSES));
                continue;
            }
            Optional<Located> at = locate(row, "zh", articles);
            Map<String, Expected> fields = new HashMap<>();
            FACT_FIELDS.forEach(c -> fields.put(c, Expected.parse(row.get(c))));
            try {
                Optional<BigDecimal> value = number(row.get("value"));
                Optional<BigDecimal> min = number(row.get("min"));
                Optional<BigDecimal> max = number(row.get("max"));
                Optional<String> wrong = factProblem(type, value, min, max, row.get("unit"), fields);
                if (wrong.isPresent())
                    problem(row, wrong.get());
                else
                    at.ifPresent(l -> facts.add(new GoldFact(l.file, row.line, type, l.words, l.occurrence, l.span,
                        value, min, max, row.get("unit"), Map.copyOf(fields), row.get("notes"))));
            } catch (NumberFormatException e) {
                problem(row, "a number that is none: " + e.getMessage());
            }
        }
    }

    /** Why a fact row does not fit its class, if it does not. */
    private static Optional<String> factProblem(String type, Optional<BigDecimal> value, Optional<BigDecimal> min,
                                                Optional<BigDecimal> max, String unit, Map<String, Expected> fields) {
        boolean amount = value.isPresent() || min.isPresent() || max.isPresent();
        if (AMOUNT_CLASSES.contains(type) && (!amount || unit.isEmpty()))
            return Optional.of(type + " without an amount and its unit");
        if (value.isPresent() && (min.isPresent() || max.isPresent()))
            return Optional.of("a value and a bound");
        if (type.equals(LEFT_OUT) && fields.values().stream().anyMatch(e -> !e.values().isEmpty()))
            return Optional.of("a left-out row states no fact");
        Map<String, Set<String>> allowed = Map.of(
            "commodity", names(Commodity.values()),
            "per", RATE_PERIODS,
            "task", names(Task.values()),
            "kind", switch (type) {
                case "Target" -> names(TargetKind.values());
                case "ReportedOutput" -> names(TargetOutcome.values());
                case "Meeting" -> names(MeetingKind.values());
                default -> Set.of();
            });
        for (Map.Entry<String, Set<String>> e : allowed.entrySet())
            for (String v : fields.get(e.getKey()).values())
                if (!e.getValue().contains(v))
                    return Optional.of(e.getKey() + " '" + v + "' is none of " + new TreeSet<>(e.getValue()));
        for (String column : List.of("date", "deadline"))
            for (String v : fields.get(column).values())
                if (!v.matches("(\\d{4}-\\d\\d-\\d\\d)?(/(\\d{4}-\\d\\d-\\d\\d)?)?") || v.equals("/"))
                    return Optional.of(column + " '" + v + "' is no day, period (first/last) or bound (/last)");
        return Optional.empty();
    }

    private static Set<String> names(Enum<?>[] constants) {
        Set<String> names = new HashSet<>();
        for (Enum<?> c : constants)
            names.add(c.name());
        return names;
    }

    private record Row(Path file, int line, CSVRecord record) {
        String get(String column) { return record.get(column); }
    }

    private record Located(String file, String lang, String words, int occurrence, Span span) {}

    private List<Row> rows(Path file, List<String> columns) throws IOException {
        List<Row> rows = new ArrayList<>();
        try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            var parser = TSV.parse(in);
            if (!parser.getHeaderNames().equals(columns)) {
                problems.add(file + ":1: header " + parser.getHeaderNames() + ", expected " + columns);
                return rows;
            }
            int line = 1;
            for (CSVRecord record : parser) {
                line++;
                if (!record.isConsistent())
                    problems.add(file + ":" + line + ": " + record.size() + " columns, expected " + columns.size());
                else
                    rows.add(new Row(file, line, record));
            }
        }
        return rows;
    }

    /** Finds the row's words in its article's body in {@code lang}: their {@code occurrence}-th match from the start. */
    private Optional<Located> locate(Row row, String lang, Map<String, Article> articles) {
        String file = row.get("file");
        String words = row.get("words");
        Article article = articles.get(file);
        if (article == null) {
            problem(row, "no held-out article " + file);
            return Optional.empty();
        }
        if (!lang.equals("zh") && !lang.equals("en")) {
            problem(row, "lang '" + lang + "' is neither zh nor en");
            return Optional.empty();
        }
        if (words.isEmpty()) {
            problem(row, "no words");
            return Optional.empty();
        }
        int occurrence;
        try {
            occurrence = Integer.parseInt(row.get("occurrence"));
        } catch (NumberFormatException e) {
            problem(row, "occurrence '" + row.get("occurrence") + "' is no number");
            return Optional.empty();
        }
        String body = (lang.equals("zh") ? article.originalBody() : article.translationBody()).text();
        Optional<Span> span = occurrence(body, words, occurrence);
        if (span.isEmpty())
            problem(row, "'" + words + "' has no occurrence " + occurrence + " in the " + lang + " body");
        return span.map(s -> new Located(file, lang, words, occurrence, s));
    }

    /**
     * The {@code n}-th match of {@code words} in {@code text}, in code points; each search starts one code point
     * after the previous match's start, so matches inside longer words count.
     */
    static Optional<Span> occurrence(String text, String words, int n) {
        if (n < 1)
            return Optional.empty();
        int at = -1;
        for (int i = 0; i < n; i++) {
            at = text.indexOf(words, at < 0 ? 0 : text.offsetByCodePoints(at, 1));
            if (at < 0)
                return Optional.empty();
        }
        int begin = text.codePointCount(0, at);
        return Optional.of(new Span(begin, begin + words.codePointCount(0, words.length())));
    }

    private void problem(Row row, String reason) {
        problems.add(row.file + ":" + row.line + ": " + reason);
    }

    private static Optional<String> optional(String s) {
        return s.isEmpty() ? Optional.empty() : Optional.of(s);
    }

    private static Optional<BigDecimal> number(String s) {
        return s.isEmpty() ? Optional.empty() : Optional.of(new BigDecimal(s));
    }
}
