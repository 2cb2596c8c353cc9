package org.newsgraph.campaign;

import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.newsgraph.extract.EntityKind;
import org.newsgraph.extract.Mention;
import org.newsgraph.extract.Quantity;
import org.newsgraph.extract.TimeExpression;

/**
 * Reads targets: an amount of a commodity (or a number of furnaces) that a body calls for (号召), assigns (任务),
 * pledges (力争, 保证, 争取), decides or requires (决定, 确定, 要求, 要…达到) or plans (计划, 指标). The word that sets it
 * is the noun the amount qualifies (发出…一千零七十万吨钢的号召, 完成炼钢二十八万吨的任务), else the last such word before
 * it. Its deadline is a date before it that ends in 底 or 前 (到9月底, 年底前), its period any other (9月份, 全年).
 */
final class TargetRule implements FactRule {

    static final double CONFIDENCE = 0.8;

    /**
     * The noun right after an amount that makes it a target: …吨钢的号召, …个新炉子的建设任务, and after what it is for,
     * within the clause: …万吨铁迎接国庆节的号召.
     */
    private static final Pattern NOUN_AFTER = Pattern.compile("^\\p{IsHan}{0,8}?的(?:建设|生产)?(号召|任务|计划|指标)");

    /** Words that move what was made elsewhere (支援上海二百七十吨生铁): a delivery, not a production target. */
    private static final Pattern DELIVERY = Pattern.compile("支援|调运|运往|运给|运交|运送|供应|调拨|调出|外调|送往");

    /** The words that set a target, before its amount; 要 not within 主要, 需要, 重要, 只要. */
    private static final Pattern SETTING = Pattern.compile("号召|任务|力争|保证|争取|决定|确定|要求|计划|指标|(?<![主需重只])要");

    @Override
    public void read(Sentence sentence, FactContext context) {
        List<Quantity> amounts = context.quantities(sentence);
        for (int i = 0; i < amounts.size(); i++) {
            Optional<AmountClause> read = AmountClause.of(sentence, amounts, i);
            if (read.isEmpty())
                continue;
            AmountClause amount = read.get();
            Optional<TargetKind> kind = kind(amount, Completion.in(sentence));
            if (kind.isEmpty() || OutputRule.reportsOutput(amount, sentence, context))
                continue;
            if (amount.commodity().isEmpty()) {
                if (amount.isTonnage())
                    context.leaveOut(sentence, "target with no commodity: " + amount.quantity().text());
                continue;
            }
            if (DELIVERY.matcher(amount.clause()).find()) {
                context.leaveOut(sentence, "a delivery, not production: " + amount.quantity().text());
                continue;
            }
            Subjects.Found who = Subjects.before(sentence, amount.begin(), context);
            if (who.isEmpty()) {
                context.leaveOut(sentence, "target with no body or place: " + amount.quantity().text());
                continue;
            }
            Optional<TimeExpression> when = lastDate(sentence, amount, context);
            boolean deadline = when.isPresent() && (when.get().text().endsWith("底") || when.get().text().endsWith("前"));
            context.add(new Target(amount.commodity().get(), amount.quantity(), kind.get(),
                deadline ? when : Optional.empty(), deadline ? Optional.empty() : when, who.places(), who.bodies(),
                context.found(Meeting.class).stream().filter(m -> m.evidence().zh().equals(sentence)).reduce((a, b) -> b),
                context.evidence(sentence, CONFIDENCE)));
        }
    }

    /**
     * How the target of {@code amount} was set, when something sets one. The 任务 of a target reported completed
     * ({@code completions}) sets none of the amounts after it: 完成了…的任务，共产生铁…吨 reports what was produced.
     */
    static Optional<TargetKind> kind(AmountClause amount, List<Completion> completions) {
        Matcher noun = NOUN_AFTER.matcher(amount.after());
        if (noun.find())
            return Optional.of(kindOf(noun.group(1)));
        Matcher setting = SETTING.matcher(amount.run());
        String last = null;
        while (setting.find()) {
            int at = amount.runBegin() + setting.start();
            if (completions.stream().noneMatch(c -> c.covers(at)))
                last = setting.group();
        }
        return Optional.ofNullable(last).map(TargetRule::kindOf);
    }

    private static TargetKind kindOf(String word) {
        return switch (word) {
            case "号召" -> TargetKind.CALL;
            case "任务" -> TargetKind.TASK;
            case "力争", "保证", "争取" -> TargetKind.PLEDGE;
            case "计划", "指标" -> TargetKind.PLAN;
            default -> TargetKind.DECISION;
        };
    }

    /**
     * The last date or period named in the amount's run of clauses, outside the dispatch words. A date before the
     * organisation that sets the target is when it was set, not its period (9月17日，中共河北省委提出日产万吨铁…的号召).
     */
    private static Optional<TimeExpression> lastDate(Sentence sentence, AmountClause amount, FactContext context) {
        int runEnd = amount.quantity().span().begin();
        int runBegin = sentence.span().begin() + sentence.text().codePointCount(0, amount.runBegin());
        int dispatchEnd = sentence.span().begin() + Subjects.dispatchLength(sentence);
        List<Mention> bodies = context.mentions(sentence).stream()
            .filter(m -> m.entity().kind() == EntityKind.ORGANIZATION && m.span().end() <= runEnd).toList();
        return context.dates(sentence).stream()
            .filter(t -> t.span().begin() >= Math.max(runBegin, dispatchEnd) && t.span().end() <= runEnd)
            .filter(t -> bodies.stream().noneMatch(m -> m.span().begin() >= t.span().end()))
            .filter(TimeExpression::isResolved)
            .reduce((a, b) -> b);
    }
}
