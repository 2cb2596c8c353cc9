package org.newsgraph.campaign;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A target a sentence reports met or exceeded, in the past: 全省提前一天超额完成了9月份生产生铁二十万吨的任务,
 * 完成了国家计划, 已经提前完成…计划. A completion still to come (保证完成, 为提前完成…而奋斗) is none. {@code begin} and
 * {@code end} are UTF-16 indexes of the sentence's text, from 完成 to the end of the word naming the target.
 */
record Completion(TargetOutcome outcome, int begin, int end) {

    private static final Pattern CLAUSE_END = Pattern.compile("[，,；;：:。！？]");

    /** What names the target that was completed: …的任务, 国家计划, …指标. */
    private static final Pattern TARGET_WORD = Pattern.compile("任务|计划|指标");

    /** Words that put a completion still to come. */
    private static final Pattern TO_COME = Pattern.compile("保证|力争|争取|要|为|决心");

    /** The completions {@code sentence} reports, in order. */
    static List<Completion> in(Sentence sentence) {
        String text = sentence.text();
        List<Completion> found = new ArrayList<>();
        for (int at = text.indexOf("完成"); at >= 0; at = text.indexOf("完成", at + 2)) {
            int clauseBegin = at;
            while (clauseBegin > 0 && !CLAUSE_END.matcher(text.substring(clauseBegin - 1, clauseBegin)).matches())
                clauseBegin--;
            int clauseEnd = at;
            while (clauseEnd < text.length() && !CLAUSE_END.matcher(text.substring(clauseEnd, clauseEnd + 1)).matches())
                clauseEnd++;
            String before = text.substring(clauseBegin, at);
            boolean done = text.startsWith("了", at + 2) || before.contains("已");
            Matcher target = TARGET_WORD.matcher(text.substring(at, clauseEnd));
            if (done && !TO_COME.matcher(before).find() && target.find())
                found.add(new Completion(before.endsWith("超额") ? TargetOutcome.EXCEEDED : TargetOutcome.MET,
                    at, at + target.end()));
        }
        return found;
    }

    /** True when {@code index} of the sentence's text lies within the completion's words. */
    boolean covers(int index) { return begin <= index && index < end; }
}
