package org.newsgraph.campaign;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.newsgraph.extract.Quantity;
import org.newsgraph.extract.TimeExpression;

/**
 * Reads reported outputs: an amount of a commodity produced (日产, 产铁, 出铁, 共产, 达到) or of furnaces built (建成),
 * said in the past: with 已 or 了 in its clause (生铁日产量已达到一万零二百吨, 全省已有日产七千吨的炼铁炉), on a day or in
 * a period the sentence names that is over by the paper's day (29日，全省共产生铁一万五千五百十七吨), or on the day
 * 这一天, 这天, 当天 or 同日 refer to. A sentence that also sets a target for the amount is a target's. An output in a
 * sentence that reports a target met or exceeded (超额完成了…任务) answers that target.
 */
final class OutputRule implements FactRule {

    static final double CONFIDENCE = 0.8;

    private static final Pattern PRODUCED = Pattern.compile("产|出铁|出钢|炼出|达到|完成");
    private static final Pattern BUILT = Pattern.compile("建成|建起|完成");
    private static final Pattern PAST = Pattern.compile("已|了");

    /** Words for the day named before in the paragraph: 这一天，全省还产钢一千吨. */
    private static final Pattern SAME_DAY = Pattern.compile("这一天|这天|当天|同日");

    /** An amount each of several places reached (五县都达到了千吨以上): no one place produced it. 首都, 成都 are places. */
    private static final Pattern EACH = Pattern.compile("分别|(?<![首成京])都|各自");

    /**
     * A producer the amount's clause names that is no entity the extraction stage knows (安（阳）内（黄）濮（阳）协作区产生铁
     * …吨): the places named earlier in the sentence are not its place.
     */
    private static final Pattern UNNAMED_PRODUCER = Pattern.compile("(?<!全)(?:县|市|区|公社|厂|矿|公司)");

    @Override
    public void read(Sentence sentence, FactContext context) {
        List<Quantity> amounts = context.quantities(sentence);
        List<Completion> completions = Completion.in(sentence);
        List<ReportedOutput> outputs = new ArrayList<>();
        for (int i = 0; i < amounts.size(); i++) {
            Optional<AmountClause> read = AmountClause.of(sentence, amounts, i);
            if (read.isEmpty() || !reportsOutput(read.get(), sentence, context))
                continue;
            AmountClause amount = read.get();
            if (amount.commodity().isEmpty()) {
                if (amount.isTonnage())
                    context.leaveOut(sentence, "output with no commodity: " + amount.quantity().text());
                continue;
            }
            if (EACH.matcher(amount.clause()).find()) {
                context.leaveOut(sentence, "an amount each of several places reached: " + amount.quantity().text());
                continue;
            }
            Subjects.Found where = Subjects.named(sentence, amount.runBegin(), amount.begin(), context);
            if (where.places().isEmpty() && UNNAMED_PRODUCER.matcher(amount.clause()).find()) {
                context.leaveOut(sentence, "output of a producer named by no entity: " + amount.quantity().text());
                continue;
            }
            if (where.places().isEmpty())
                where = Subjects.before(sentence, amount.begin(), context);
            if (where.places().isEmpty()) {
                context.leaveOut(sentence, "output with no place: " + amount.quantity().text());
                continue;
            }
            outputs.add(new ReportedOutput(amount.commodity().get(), amount.quantity(), when(sentence, amount, context),
                where.places(), Optional.empty(), Optional.empty(), context.evidence(sentence, CONFIDENCE)));
        }
        if (completions.size() == 1)
            outputs = answering(completions.get(0), outputs, sentence, context);
        else if (completions.size() > 1)
            context.leaveOut(sentence, "more than one target reported met: its outputs answer none");
        outputs.forEach(context::add);
    }

    /** True when {@code amount} is reported as produced or built, and not set as a target. */
    static boolean reportsOutput(AmountClause amount, Sentence sentence, FactContext context) {
        boolean furnaces = amount.commodity().filter(Commodity::isInstallation).isPresent();
        String words = amount.clause() + amount.quantity().text();
        if (!(furnaces ? BUILT : PRODUCED).matcher(words).find()
            || TargetRule.kind(amount, Completion.in(sentence)).isPresent())
            return false;
        return PAST.matcher(amount.clause()).find() || SAME_DAY.matcher(sentence.text().substring(0, amount.begin())).find()
            || !dates(sentence, sentence.span().begin(), amount.quantity().span().begin(), context).isEmpty();
    }

    /**
     * The day or period {@code amount} was produced in: the one date its run of clauses names, else the day 这一天
     * refers to, else the one date the sentence names before it; none when two could be meant.
     */
    private static Optional<TimeExpression> when(Sentence sentence, AmountClause amount, FactContext context) {
        int at = amount.quantity().span().begin();
        List<TimeExpression> inRun = dates(sentence, codePoint(sentence, amount.runBegin()), at, context);
        if (!inRun.isEmpty())
            return only(inRun);
        Matcher sameDay = SAME_DAY.matcher(sentence.text().substring(0, amount.begin()));
        if (sameDay.find())
            return dayNamedBefore(sentence, codePoint(sentence, sameDay.start()), context);
        return only(dates(sentence, sentence.span().begin(), at, context));
    }

    /**
     * The day 这一天 refers to: the one day named before it in its paragraph (29日，全省共产生铁…。这一天，全省还产钢
     * 一千吨); none when the paragraph named two days or none.
     */
    private static Optional<TimeExpression> dayNamedBefore(Sentence sentence, int marker, FactContext context) {
        List<TimeExpression> named = new ArrayList<>();
        for (Sentence earlier : context.earlierInParagraph(sentence))
            named.addAll(dates(earlier, earlier.span().begin(), earlier.span().end(), context));
        named.addAll(dates(sentence, sentence.span().begin(), marker, context));
        List<TimeExpression> days = named.stream().filter(t -> t.value().isPresent()).toList();
        if (days.stream().map(t -> t.value().get()).distinct().count() != 1)
            return Optional.empty();
        return Optional.of(days.get(days.size() - 1));
    }

    /**
     * The days and periods {@code sentence} names within {@code [from, to)} (code points of the body) that are over by
     * the paper's day, outside its dispatch words and outside comparisons (比9月上旬激增两倍多).
     */
    private static List<TimeExpression> dates(Sentence sentence, int from, int to, FactContext context) {
        int start = Math.max(from, sentence.span().begin() + Subjects.dispatchLength(sentence));
        LocalDate paper = context.paperDate();
        return context.dates(sentence).stream()
            .filter(t -> t.span().begin() >= start && t.span().end() <= to)
            .filter(t -> t.value().or(t::to).filter(last -> !last.isAfter(paper)).isPresent())
            .filter(t -> !comparedWith(sentence, t))
            .toList();
    }

    private static boolean comparedWith(Sentence sentence, TimeExpression t) {
        int i = t.span().begin() - sentence.span().begin();
        if (i == 0)
            return false;
        int before = sentence.text().codePointAt(sentence.text().offsetByCodePoints(0, i - 1));
        return before == '比' || before == '较';
    }

    /**
     * The outputs of a sentence that reports {@code completion}: the one output of the sentence answers the target the
     * completion states (超额完成了…二十万吨的任务), or, when it states no amount, the one target before it in the
     * article of that commodity, rate and place. With no output, the sentence is left out: a target met tells no
     * amount produced.
     */
    private static List<ReportedOutput> answering(Completion completion, List<ReportedOutput> outputs, Sentence sentence,
                                                  FactContext context) {
        if (outputs.isEmpty()) {
            if (!CommodityWords.find(sentence.text()).isEmpty())
                context.leaveOut(sentence, "met, with no amount produced");
            return outputs;
        }
        if (outputs.size() > 1) {
            context.leaveOut(sentence, "met, with more than one amount produced");
            return outputs;
        }
        ReportedOutput output = outputs.get(0);
        boolean statesAmount = context.quantities(sentence).stream().anyMatch(q -> completion.covers(
            sentence.text().offsetByCodePoints(0, q.span().begin() - sentence.span().begin())));
        List<Target> answered = context.found(Target.class).stream()
            .filter(t -> statesAmount == t.evidence().zh().equals(sentence))
            .filter(t -> answers(output, t)).toList();
        if (answered.size() != 1)
            return outputs;
        return List.of(new ReportedOutput(output.commodity(), output.quantity(), output.when(), output.regions(),
            Optional.of(answered.get(0)), Optional.of(completion.outcome()), output.evidence()));
    }

    /** True when {@code output} can answer {@code target}: the same commodity, rate and (when both say) place. */
    private static boolean answers(ReportedOutput output, Target target) {
        return output.commodity() == target.commodity() && output.quantity().per().equals(target.quantity().per())
            && (target.regions().isEmpty() || target.regions().stream().anyMatch(output.regions()::contains));
    }

    private static Optional<TimeExpression> only(List<TimeExpression> dates) {
        return dates.size() == 1 ? Optional.of(dates.get(0)) : Optional.empty();
    }

    /** The UTF-16 index {@code index} of the sentence's text as a code point of the body. */
    private static int codePoint(Sentence sentence, int index) {
        return sentence.span().begin() + sentence.text().codePointCount(0, index);
    }
}
