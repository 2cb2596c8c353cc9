package org.newsgraph.campaign;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

import org.newsgraph.extract.Quantity;
import org.newsgraph.extract.TimeExpression;

/**
 * Reads reported outputs: an amount of a commodity produced (日产, 产铁, 出铁, 共产, 达到) or of furnaces built (建成),
 * said in the past: with 已 or 了 in its clause (生铁日产量已达到一万零二百吨, 全省已有日产七千吨的炼铁炉), or on a day
 * the sentence names that is not after the paper's (29日，全省共产生铁一万五千五百十七吨). A sentence that also sets
 * a target for the amount is a target's.
 */
final class OutputRule implements FactRule {

    static final double CONFIDENCE = 0.8;

    private static final Pattern PRODUCED = Pattern.compile("产|出铁|出钢|炼出|达到|完成");
    private static final Pattern BUILT = Pattern.compile("建成|建起|完成");
    private static final Pattern PAST = Pattern.compile("已|了|这一天|这天|当天");

    @Override
    public void read(Sentence sentence, FactContext context) {
        List<Quantity> amounts = context.quantities(sentence);
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
            Subjects.Found where = Subjects.before(sentence, amount.begin(), context);
            if (where.places().isEmpty()) {
                context.leaveOut(sentence, "output with no place: " + amount.quantity().text());
                continue;
            }
            List<TimeExpression> days = days(sentence, amount, context);
            // 自29日中午到30日中午一昼夜间 is one day across two dates: a day is told only when one date is named
            Optional<TimeExpression> day = days.size() == 1 ? Optional.of(days.get(0)) : Optional.empty();
            context.add(new ReportedOutput(amount.commodity().get(), amount.quantity(), day,
                where.places(), Optional.empty(), Optional.empty(), context.evidence(sentence, CONFIDENCE)));
        }
    }

    /** True when {@code amount} is reported as produced or built, and not set as a target. */
    static boolean reportsOutput(AmountClause amount, Sentence sentence, FactContext context) {
        boolean furnaces = amount.commodity().filter(Commodity::isInstallation).isPresent();
        String words = amount.clause() + amount.quantity().text();
        if (!(furnaces ? BUILT : PRODUCED).matcher(words).find() || TargetRule.kind(amount).isPresent())
            return false;
        return PAST.matcher(amount.clause()).find() || !days(sentence, amount, context).isEmpty();
    }

    /** The days before the amount that the sentence names, outside its dispatch words, not after the paper's. */
    private static List<TimeExpression> days(Sentence sentence, AmountClause amount, FactContext context) {
        int dispatchEnd = sentence.span().begin() + Subjects.dispatchLength(sentence);
        LocalDate paper = context.paperDate();
        return context.dates(sentence).stream()
            .filter(t -> t.span().begin() >= dispatchEnd && t.span().end() <= amount.quantity().span().begin())
            .filter(t -> t.value().isPresent() && !t.value().get().isAfter(paper))
            .toList();
    }
}
