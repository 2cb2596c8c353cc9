package org.newsgraph.campaign;

import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.newsgraph.article.Language;
import org.newsgraph.article.Paragraph;
import org.newsgraph.extract.EntityRef;
import org.newsgraph.extract.Mention;

/**
 * A named person put in command: a person's name before 挂帅 (亲自挂帅) in its clause, or 担任…总指挥. The role is the
 * title just before the name (由第一书记陶铸挂帅: 第一书记), in English the title set after the person's English name
 * in the aligned sentence (", the first secretary"); the body is the organisation named before the person, or the
 * committee 省委 stands for in the paragraph; the commodity is steel when the sentence or its paragraph names 钢铁,
 * the campaign's word for its goal; the regions are the places the sentence names, or the body's. Left out: 挂帅
 * without a named person (第一书记必须切实挂帅), and two people named for one command.
 */
final class LeadershipRule implements FactRule {

    private static final double CONFIDENCE = 0.9;

    /** The words a post ends with: 第一书记, 省长, 厂长. */
    private static final List<String> POSTS = List.of("书记", "省长", "市长", "县长", "主席", "主任", "厂长", "部长",
        "专员", "社长", "乡长", "经理", "局长");
    /** Words before a title that are not part of it: 由第一书记, 是省长. */
    private static final String BEFORE_TITLE = "由被的和与及、是请派，";
    private static final Pattern APPOSITIVE = Pattern.compile("^,\\s+(?:the\\s+)?([a-z][a-z -]*[a-z])\\s*(?:[,.;]|$)");

    @Override
    public void read(Sentence sentence, FactContext context) {
        SentenceParts parts = new SentenceParts(sentence, context);
        String text = parts.text();
        for (int at = commandAt(text, 0); at >= 0; at = commandAt(text, at + 1)) {
            List<Mention> people = parts.people(parts.clauseStart(at), at);
            if (people.isEmpty()) {
                context.leaveOut(sentence, "挂帅 without a named person");
                continue;
            }
            if (people.size() > 1) {
                context.leaveOut(sentence, "two people named for one command");
                continue;
            }
            Mention person = people.get(0);
            int name = parts.begin(person.span());
            Optional<Mention> namedBody = parts.organisations(0, name).stream().reduce((a, b) -> b);
            Optional<EntityRef> body = namedBody.map(Mention::entity).or(() -> parts.committeeNamedBefore(name));
            List<EntityRef> regions = parts.places(0, text.length()).stream().distinct().toList();
            if (regions.isEmpty())
                regions = body.flatMap(parts::placeServedBy).map(List::of).orElse(List.of());
            context.add(new Leadership(person.entity(), role(parts, person, context), body,
                namesSteel(parts, context) ? Optional.of(Commodity.STEEL) : Optional.empty(), regions,
                context.evidence(sentence, CONFIDENCE)));
        }
    }

    /** Where 挂帅, or 总指挥 after 担任, stands at or after {@code from}, or -1. */
    private static int commandAt(String text, int from) {
        int command = text.indexOf("挂帅", from);
        int chief = text.indexOf("总指挥", from);
        if (chief >= 0 && text.lastIndexOf("担任", chief) < 0)
            chief = -1;
        return command < 0 ? chief : chief < 0 ? command : Math.min(command, chief);
    }

    /** The title just before the person's name, with the English title set after their English name. */
    private static Optional<Name> role(SentenceParts parts, Mention person, FactContext context) {
        String text = parts.text();
        int end = parts.begin(person.span());
        int begin = end;
        while (begin > 0 && BEFORE_TITLE.indexOf(text.charAt(begin - 1)) < 0 && !parts.inMention(begin - 1)
            && Language.isHan(text.charAt(begin - 1)))
            begin--;
        String title = text.substring(begin, end);
        if (title.isEmpty() || POSTS.stream().noneMatch(title::endsWith))
            return Optional.empty();
        return Optional.of(new Name(title, englishTitle(parts.sentence(), person, context)));
    }

    /**
     * The English title in apposition to the person's English name (", the first secretary") in the aligned
     * sentence, or, when none is aligned, in the one English sentence that names that person.
     */
    private static Optional<String> englishTitle(Sentence zh, Mention person, FactContext context) {
        List<Sentence> english = context.english(zh).map(List::of).orElseGet(() -> englishNaming(person, context));
        if (english.size() != 1)
            return Optional.empty();
        Sentence en = english.get(0);
        for (Mention m : context.mentions(en)) {
            if (!m.entity().iri().equals(person.entity().iri()))
                continue;
            int after = en.text().offsetByCodePoints(0, m.span().end() - en.span().begin());
            Matcher title = APPOSITIVE.matcher(en.text().substring(after));
            if (title.find())
                return Optional.of(title.group(1));
        }
        return Optional.empty();
    }

    private static List<Sentence> englishNaming(Mention person, FactContext context) {
        return context.englishSentences().stream()
            .filter(s -> context.mentions(s).stream().anyMatch(m -> m.entity().iri().equals(person.entity().iri())))
            .toList();
    }

    private static boolean namesSteel(SentenceParts parts, FactContext context) {
        return parts.text().contains("钢铁")
            || context.paragraphOf(parts.sentence()).map(Paragraph::text).filter(t -> t.contains("钢铁")).isPresent();
    }
}
