package org.newsgraph.campaign;

import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

import org.newsgraph.extract.Quantity;

/**
 * An amount of a sentence with the words that govern it, as targets and outputs read them: its own clause (back to
 * the last comma), the run of clauses back to the amount before it (a call can open the sentence and its figure
 * close it), the words right after it, and the commodity it counts. {@code begin} (where the amount starts) and
 * {@code runBegin} are UTF-16 indexes of the sentence's text.
 */
record AmountClause(Quantity quantity, int begin, int runBegin, String clause, String run, String after,
                    Optional<Commodity> commodity) {

    /** What ends a clause inside a sentence. */
    private static final Pattern CLAUSE_END = Pattern.compile("[，,；;：:（(）)　]");

    /** How far after an amount its commodity can start: 吨钢, 吨的炼铁炉, 个新炉子. */
    private static final int ADJACENT = 2;

    /** A capacity, not an amount produced or called for: 年产十万吨的转炉炼钢车间, 生产能力增加到. */
    private static final Pattern CAPACITY = Pattern.compile("能力");

    /** Reads {@code q}, the {@code index}-th amount of {@code sentence}; empty when it counts nothing of the campaign. */
    static Optional<AmountClause> of(Sentence sentence, List<Quantity> amounts, int index) {
        Quantity q = amounts.get(index);
        String text = sentence.text();
        int begin = charIndex(text, q.span().begin() - sentence.span().begin());
        int end = charIndex(text, q.span().end() - sentence.span().begin());
        int runStart = index == 0 ? 0
            : charIndex(text, amounts.get(index - 1).span().end() - sentence.span().begin());
        int clauseStart = runStart;
        for (int i = begin - 1; i >= runStart; i--)
            if (CLAUSE_END.matcher(String.valueOf(text.charAt(i))).matches()) {
                clauseStart = i + 1;
                break;
            }
        int afterEnd = end;
        while (afterEnd < text.length() && !CLAUSE_END.matcher(String.valueOf(text.charAt(afterEnd))).matches()
               && "。！？".indexOf(text.charAt(afterEnd)) < 0)
            afterEnd++;
        String clause = text.substring(clauseStart, begin);
        String after = text.substring(end, afterEnd);
        if (CAPACITY.matcher(clause).find() || clause.endsWith("年产") && after.startsWith("的"))
            return Optional.empty();
        return Optional.of(new AmountClause(q, begin, runStart, clause, text.substring(runStart, begin), after,
            commodity(q, text.substring(runStart, begin), clause, after)));
    }

    /** True for an amount in tonnes, which names a product whenever it is a target or an output. */
    boolean isTonnage() { return quantity.unitCode().filter("TNE"::equals).isPresent(); }

    /** The code point offset {@code cp} of {@code text} as a UTF-16 index. */
    private static int charIndex(String text, int cp) { return text.offsetByCodePoints(0, cp); }

    /**
     * What the amount counts. A count is of the furnaces named right after it (两万个新炉子); a tonnage is of the
     * product named right after it (一千零七十万吨钢), or of the iron of the furnaces it is the daily output of
     * (日产七千吨的炼铁炉), else of the product named last before it in its clause, else in the clauses before it
     * (抓出铁，到9月底要达到日产一万吨).
     */
    private static Optional<Commodity> commodity(Quantity q, String run, String clause, String after) {
        String unit = q.unitCode().orElse("");
        Optional<CommodityWords.Found> next = CommodityWords.find(after).stream()
            .filter(f -> f.begin() <= ADJACENT).findFirst();
        if (unit.equals("C62"))
            return next.map(CommodityWords.Found::commodity).filter(Commodity::isInstallation);
        if (!unit.equals("TNE"))
            return Optional.empty();
        if (next.isPresent()) {
            if (!next.get().commodity().isInstallation())
                return Optional.of(next.get().commodity());
            String furnace = after.substring(next.get().begin(), next.get().end());
            return q.per().isPresent() && furnace.contains("铁") ? Optional.of(Commodity.PIG_IRON) : Optional.empty();
        }
        Optional<Commodity> inClause = lastProduct(clause);
        return inClause.isPresent() ? inClause : lastProduct(run);
    }

    private static Optional<Commodity> lastProduct(String text) {
        List<CommodityWords.Found> found = CommodityWords.find(text).stream()
            .filter(f -> !f.commodity().isInstallation()).toList();
        return found.isEmpty() ? Optional.empty() : Optional.of(found.get(found.size() - 1).commodity());
    }
}
