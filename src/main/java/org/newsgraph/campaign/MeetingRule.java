package org.newsgraph.campaign;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.newsgraph.extract.EntityRef;
import org.newsgraph.extract.Mention;
import org.newsgraph.extract.TimeExpression;

/**
 * Meetings held (召开, 举行, 举办, 开 + 会议, 常委会议, 电话会议, 广播大会, 扩大会议, 现场会议, 誓师大会) by the organisations
 * named before the verb, on the day of a date in the sentence (同日, 当日: the day last named before it in the
 * paragraph), in the part of the day named after that date, with the title quoted just before the meeting's words.
 * A meeting that acts (中共中央政治局扩大会议发出…号召) is one too, named by its words, organised by the body they
 * open with. Only these words name a meeting: a rally of any other kind (联欢大会, 群众大会) is no campaign meeting.
 * 连续举行会议, a run of meetings, is read as one meeting of kind MEETING. Only sentences about the campaign's work
 * ({@link SentenceParts#aboutCampaign()}) are read. Left out: a kind of meeting named among
 * methods (采取开现场会议、组织参观等方法), and a meeting held by no organisation the sentence names.
 */
final class MeetingRule implements FactRule {

    private static final double CONFIDENCE = 0.9;

    /** The words that name a meeting, longest first, and the kind each names. */
    private static final List<Map.Entry<String, MeetingKind>> MEETING_WORDS = List.of(
        Map.entry("常委扩大会议", MeetingKind.ENLARGED_MEETING), Map.entry("扩大会议", MeetingKind.ENLARGED_MEETING),
        Map.entry("常委会议", MeetingKind.STANDING_COMMITTEE_MEETING),
        Map.entry("电话会议", MeetingKind.TELEPHONE_CONFERENCE), Map.entry("广播大会", MeetingKind.BROADCAST_RALLY),
        Map.entry("现场会议", MeetingKind.ON_SITE_MEETING), Map.entry("誓师大会", MeetingKind.PLEDGE_RALLY),
        Map.entry("会议", MeetingKind.MEETING));

    private static final List<String> HOLDING = List.of("召开", "举行", "举办");
    /** What a meeting that acts does. */
    private static final List<String> ACTS = List.of("发出", "提出", "号召", "决定", "通过", "要求", "确定", "指出");
    private static final List<String> ADVERBS = List.of("已", "又", "还", "曾", "最近", "日前");
    private static final List<String> SAME_DAY = List.of("同日", "当日", "同天", "当天");
    private static final List<Map.Entry<String, PartOfDay>> PARTS_OF_DAY = List.of(
        Map.entry("上午", PartOfDay.MORNING), Map.entry("中午", PartOfDay.NOON), Map.entry("下午", PartOfDay.AFTERNOON),
        Map.entry("晚上", PartOfDay.EVENING), Map.entry("晚间", PartOfDay.EVENING), Map.entry("夜间", PartOfDay.NIGHT),
        Map.entry("晚", PartOfDay.EVENING), Map.entry("夜", PartOfDay.NIGHT));

    @Override
    public void read(Sentence sentence, FactContext context) {
        SentenceParts parts = new SentenceParts(sentence, context);
        if (!parts.aboutCampaign())
            return;
        String text = parts.text();
        for (int i = 0; i < text.length(); i++) {
            Map.Entry<String, MeetingKind> words = meetingWordsAt(text, i);
            if (words == null)
                continue;
            int end = i + words.getKey().length();
            read(parts, i, end, words.getValue(), context);
            i = end - 1;
        }
    }

    private static Map.Entry<String, MeetingKind> meetingWordsAt(String text, int i) {
        for (var w : MEETING_WORDS)
            if (text.startsWith(w.getKey(), i))
                return w;
        return null;
    }

    private static void read(SentenceParts parts, int begin, int end, MeetingKind kind, FactContext context) {
        String text = parts.text();
        if (end < text.length() && (text.charAt(end) == '、' || text.charAt(end) == '等')) {
            context.leaveOut(parts.sentence(), "a kind of meeting named among methods, not a meeting held");
            return;
        }
        int verb = holdingVerb(parts, begin);
        if (verb >= 0) {
            List<EntityRef> organisers = parts.subjects(verb);
            if (organisers.isEmpty()) {
                context.leaveOut(parts.sentence(), "meeting held by no organisation the sentence names");
                return;
            }
            Optional<TimeExpression> dateWords = dateBefore(parts, verb, context);
            Optional<LocalDate> day = dateWords.isPresent() ? dateWords.flatMap(TimeExpression::value)
                : sameDay(parts, verb, context);
            Optional<Name> title = parts.quotes().stream().filter(q -> q.end() + 1 == begin).findFirst().map(parts::name);
            context.add(new Meeting(kind, Optional.empty(), title, day, dateWords, partOfDay(parts, verb, dateWords),
                organisers, context.evidence(parts.sentence(), CONFIDENCE)));
            return;
        }
        Optional<Mention> body = parts.organisations(0, begin).stream().filter(m -> parts.end(m.span()) == begin)
            .findFirst();
        if (body.isPresent() && acts(text, end)) {
            int from = parts.begin(body.get().span());
            context.add(new Meeting(kind, Optional.of(new Name(text.substring(from, end), Optional.empty())),
                Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), List.of(body.get().entity()),
                context.evidence(parts.sentence(), CONFIDENCE)));
        }
    }

    /** The verb that holds the meeting named at {@code begin}: in its clause, the nearest before it, or -1. */
    private static int holdingVerb(SentenceParts parts, int begin) {
        String text = parts.text();
        for (int i = begin - 1; i >= parts.clauseStart(begin); i--)
            if (SentenceParts.startsWithAny(text, i, HOLDING) > 0)
                return i;
        // 开 holds a meeting only right before its words: 开会议, 开了会议; elsewhere it opens anything.
        int open = text.startsWith("了", begin - 1) ? begin - 2 : begin - 1;
        return open >= 0 && text.charAt(open) == '开' ? open : -1;
    }

    private static boolean acts(String text, int at) {
        int i = at;
        for (int skip = SentenceParts.startsWithAny(text, i, ADVERBS); skip > 0;
             skip = SentenceParts.startsWithAny(text, i, ADVERBS))
            i += skip;
        return SentenceParts.startsWithAny(text, i, ACTS) > 0;
    }

    /** The last day the sentence names before the verb. */
    private static Optional<TimeExpression> dateBefore(SentenceParts parts, int verb, FactContext context) {
        return context.dates(parts.sentence()).stream().filter(t -> parts.end(t.span()) <= verb)
            .filter(t -> t.value().isPresent()).reduce((a, b) -> b);
    }

    /**
     * The day 同日 (当日) before the verb stands for: the date last named before this sentence in its paragraph,
     * when that date is a day; nothing when it is a period or no date was named.
     */
    private static Optional<LocalDate> sameDay(SentenceParts parts, int verb, FactContext context) {
        if (parts.find(SAME_DAY, 0) < 0 || parts.find(SAME_DAY, 0) >= verb)
            return Optional.empty();
        Optional<Sentence> previous = context.previous(parts.sentence());
        while (previous.isPresent() && sameParagraph(previous.get(), parts.sentence(), context)) {
            List<TimeExpression> dates = context.dates(previous.get());
            if (!dates.isEmpty())
                return dates.get(dates.size() - 1).value();
            previous = context.previous(previous.get());
        }
        return Optional.empty();
    }

    private static boolean sameParagraph(Sentence a, Sentence b, FactContext context) {
        return context.annotated().article().originalBody().paragraphs().stream()
            .anyMatch(p -> p.span().begin() <= a.span().begin() && b.span().end() <= p.span().end());
    }

    /** The part of the day named right after the day's words (or after 同日), before the verb. */
    private static Optional<PartOfDay> partOfDay(SentenceParts parts, int verb, Optional<TimeExpression> dateWords) {
        int after = dateWords.map(t -> parts.end(t.span()))
            .orElseGet(() -> {
                int same = parts.find(SAME_DAY, 0);
                return same >= 0 && same < verb ? same + 2 : -1;
            });
        if (after < 0)
            return Optional.empty();
        for (var p : PARTS_OF_DAY)
            if (parts.text().startsWith(p.getKey(), after))
                return Optional.of(p.getValue());
        return Optional.empty();
    }
}
