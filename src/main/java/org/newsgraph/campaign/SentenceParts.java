package org.newsgraph.campaign;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.newsgraph.article.Span;
import org.newsgraph.extract.EntityKind;
import org.newsgraph.extract.EntityRef;
import org.newsgraph.extract.Mention;
import org.newsgraph.extract.Quantity;

/**
 * What the rules for meetings, mobilisations, teams, leadership and slogans read in one Chinese sentence: its
 * outermost mentions (中共湖南省委, not the 湖南省 inside it), its clauses, its quoted words and the English quoted
 * words that stand in the same order, the work it names, and what 省委 and 全省 stand for in its paragraph. Positions
 * are indices of the sentence's text.
 */
final class SentenceParts {

    /** Words between quotation marks, {@code [begin, end)} being the words without the marks. */
    record Quote(String words, int begin, int end) {}

    /** The work words of the campaign's reporting, longest first where one contains another. */
    private static final Map<String, Task> TASK_WORDS = Map.of(
        "采矿", Task.MINING, "开矿", Task.MINING, "运输", Task.TRANSPORT, "冶炼", Task.SMELTING,
        "炼铁", Task.SMELTING, "炼钢", Task.SMELTING, "建炉", Task.FURNACE_BUILDING, "帮助", Task.TECHNICAL_HELP,
        "技术困难", Task.TECHNICAL_HELP);

    /**
     * Words that contain a work word without naming work: 新建炉 is a newly built furnace; 炼铁用煤 is coal for
     * smelting, a thing carried.
     */
    private static final List<String> NOT_TASKS = List.of("新建炉", "已建炉", "炼铁用", "炼钢用", "冶炼用");

    private static final String CLAUSE_ENDS = "，；。！？：";
    /** The last character of the words that send things to a place: 到, 往, 给, 支援. */
    private static final String DESTINATION = "到往给援";
    private static final Pattern ZH_QUOTE = Pattern.compile("“([^“”]+)”");
    private static final Pattern EN_QUOTE = Pattern.compile("[\"“]([^\"“”]+)[\"”]");

    private final Sentence sentence;
    private final FactContext context;
    private final List<Mention> outermost;

    SentenceParts(Sentence sentence, FactContext context) {
        this.sentence = sentence;
        this.context = context;
        this.outermost = Subjects.outermost(context.mentions(sentence));
    }

    String text() { return sentence.text(); }

    Sentence sentence() { return sentence; }

    /** Where the words of {@code span}, a span of the body, start in the sentence's text. */
    int begin(Span span) { return sentence.text().offsetByCodePoints(0, span.begin() - sentence.span().begin()); }

    /** Where the words of {@code span} end in the sentence's text. */
    int end(Span span) { return sentence.text().offsetByCodePoints(0, span.end() - sentence.span().begin()); }

    /** The start of the clause {@code at} lies in: after the last comma or stop before it outside quotes. */
    int clauseStart(int at) {
        int start = 0;
        boolean quoted = false;
        for (int i = 0; i < at && i < text().length(); i++) {
            char c = text().charAt(i);
            quoted = c == '“' || (c != '”' && quoted);
            if (!quoted && CLAUSE_ENDS.indexOf(c) >= 0)
                start = i + 1;
        }
        return start;
    }

    /** The end of the clause {@code at} lies in. */
    int clauseEnd(int at) {
        boolean quoted = false;
        for (int i = 0; i < text().length(); i++) {
            char c = text().charAt(i);
            quoted = c == '“' || (c != '”' && quoted);
            if (i >= at && !quoted && CLAUSE_ENDS.indexOf(c) >= 0)
                return i;
        }
        return text().length();
    }

    /** The outermost mentions of organisations (not news agencies) whose words lie in {@code [from, to)}. */
    List<Mention> organisations(int from, int to) {
        return within(from, to).stream().filter(m -> m.entity().kind() == EntityKind.ORGANIZATION).toList();
    }

    /** The outermost mentions of places whose words lie in {@code [from, to)}. */
    List<EntityRef> places(int from, int to) {
        return within(from, to).stream().filter(m -> !isDestination(m)).map(Mention::entity).filter(EntityRef::place)
            .toList();
    }

    /** A place things go to (调运到重庆, 运往上海, 支援上海) is not where the sentence's people or work are. */
    private boolean isDestination(Mention m) {
        int at = begin(m.span());
        return at > 0 && DESTINATION.indexOf(text().charAt(at - 1)) >= 0;
    }

    /** The outermost mentions of people whose words lie in {@code [from, to)}. */
    List<Mention> people(int from, int to) {
        return within(from, to).stream().filter(m -> m.entity().kind() == EntityKind.PERSON).toList();
    }

    private List<Mention> within(int from, int to) {
        return outermost.stream().filter(m -> begin(m.span()) >= from && end(m.span()) <= to).toList();
    }

    /** True when {@code at} lies within the words of a mention. */
    boolean inMention(int at) {
        return outermost.stream().anyMatch(m -> begin(m.span()) <= at && at < end(m.span()));
    }

    /**
     * Who does what a verb at {@code verb} says: the organisations named before it, or else the party committee
     * that 省委 (区党委) stands for in the paragraph.
     */
    List<EntityRef> subjects(int verb) {
        List<EntityRef> named = organisations(0, verb).stream().map(Mention::entity).distinct().toList();
        if (!named.isEmpty())
            return named;
        return committeeNamedBefore(verb).map(List::of).orElse(List.of());
    }

    /** The party committee that 省委 or 区党委, standing before {@code at} outside any mention, stands for. */
    Optional<EntityRef> committeeNamedBefore(int at) {
        String before = text().substring(0, at);
        for (var level : List.of(Map.entry("省委", EntityKind.PROVINCE), Map.entry("区党委", EntityKind.AUTONOMOUS_REGION))) {
            for (int i = before.indexOf(level.getKey()); i >= 0; i = before.indexOf(level.getKey(), i + 1))
                if (!inMention(i))
                    return paragraphCommittee(level.getValue());
        }
        return Optional.empty();
    }

    /** The places a sentence names before {@code at}, or else the province (region) 全省 (全区) stands for. */
    List<EntityRef> regionsBefore(int at) {
        List<EntityRef> named = places(0, at).stream().distinct().toList();
        if (!named.isEmpty())
            return named;
        String before = text().substring(0, at);
        if (before.contains("全省") || before.contains("该省"))
            return paragraphPlace(EntityKind.PROVINCE).map(List::of).orElse(List.of());
        if (before.contains("全区") || before.contains("全自治区"))
            return paragraphPlace(EntityKind.AUTONOMOUS_REGION).map(List::of).orElse(List.of());
        return List.of();
    }

    /** The amounts of people (unit IE) whose words lie in {@code [from, to)}. */
    List<Quantity> headcounts(int from, int to) {
        return context.quantities(sentence).stream()
            .filter(q -> q.unitCode().filter("IE"::equals).isPresent())
            .filter(q -> begin(q.span()) >= from && end(q.span()) <= to).toList();
    }

    /** The quoted words of the sentence, in order. */
    List<Quote> quotes() {
        List<Quote> quotes = new ArrayList<>();
        Matcher m = ZH_QUOTE.matcher(text());
        while (m.find())
            quotes.add(new Quote(m.group(1), m.start(1), m.end(1)));
        return quotes;
    }

    /**
     * The quote as a bilingual name: with the English quoted words that stand in the same place among the aligned
     * English sentence's quotes, when that sentence quotes as many times as this one; never a translation.
     */
    Name name(Quote quote) {
        List<Quote> zh = quotes();
        List<String> en = context.english(sentence).map(s -> englishQuotes(s.text())).orElse(List.of());
        int i = zh.indexOf(quote);
        return new Name(quote.words(), en.size() == zh.size() && i >= 0 ? Optional.of(en.get(i)) : Optional.empty());
    }

    private static List<String> englishQuotes(String text) {
        List<String> quotes = new ArrayList<>();
        Matcher m = EN_QUOTE.matcher(text);
        while (m.find()) {
            String words = m.group(1).strip().replaceAll("[\\s,.;:!?]+$", "");
            if (!words.isEmpty())
                quotes.add(words);
        }
        return quotes;
    }

    /** The work the words in {@code [from, to)} name, in order, each once. */
    List<Task> tasks(int from, int to) {
        List<Task> tasks = new ArrayList<>();
        String words = text().substring(from, to);
        for (int i = 0; i < words.length(); i++) {
            int skip = startsWithAny(words, i, NOT_TASKS);
            if (skip > 0) {
                i += skip - 1;
                continue;
            }
            for (var w : TASK_WORDS.entrySet())
                if (words.startsWith(w.getKey(), i) && !tasks.contains(w.getValue()))
                    tasks.add(w.getValue());
        }
        return tasks;
    }

    /**
     * True when the sentence is about the campaign's work: it names a commodity (钢铁, 矿石, 高炉) or work of the
     * campaign (采矿, 运输). A meeting or an army of anything else (a propaganda team, a commune's founding) is no
     * campaign fact.
     */
    boolean aboutCampaign() {
        return !CommodityWords.find(text()).isEmpty() || !tasks(0, text().length()).isEmpty();
    }

    /** The first position at or after {@code from} where one of {@code words} starts, or -1. */
    int find(List<String> words, int from) {
        for (int i = from; i < text().length(); i++)
            if (startsWithAny(text(), i, words) > 0)
                return i;
        return -1;
    }

    /** The length of the first of {@code words} that starts at {@code i} of {@code text}, or 0. */
    static int startsWithAny(String text, int i, List<String> words) {
        for (String w : words)
            if (text.startsWith(w, i))
                return w.length();
        return 0;
    }

    /** The party committee of a place of {@code level} that opens the paragraph: 中共广东省委 for 省委. */
    Optional<EntityRef> paragraphCommittee(EntityKind level) {
        return Subjects.paragraphOpening(sentence, context).map(Mention::entity)
            .filter(e -> e.parentOrganization().isPresent())
            .filter(e -> placeServedBy(e).filter(p -> p.kind() == level).isPresent());
    }

    /** The place of {@code level} the paragraph opens with, itself or as an organisation's: Henan for 全省. */
    Optional<EntityRef> paragraphPlace(EntityKind level) {
        return Subjects.paragraphOpening(sentence, context).map(Mention::entity)
            .flatMap(e -> e.place() ? Optional.of(e) : placeServedBy(e))
            .filter(p -> p.kind() == level);
    }

    /** The place an organisation composed from a place's name serves, as the article names it. */
    Optional<EntityRef> placeServedBy(EntityRef organisation) {
        return Subjects.placeServedBy(organisation, context);
    }
}
