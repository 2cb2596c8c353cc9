package org.newsgraph.campaign;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.newsgraph.extract.Mention;
import org.newsgraph.extract.Quantity;

/**
 * People assembled for the campaign: 动员, 集结, 组织, 调集 or 抽调 and, in the same clause after it, an amount of
 * people (五十七万钢铁大军, 百万大军, 万人以上). The regions are the places named before the verb (or the province
 * 全省 stands for), the organisers the organisations named there. What the article calls the force is the quoted
 * words after the amount (“钢铁野战军”和“钢铁兵团”), or else the noun the amount counts when it says more than
 * 大军 (钢铁大军); a quoted unit after the amount is a force of the mobilisation, never a team of its own. The tasks
 * are the work named from the verb to the sentence's end. People who then form a quoted unit (抽调…人员组成“…队”)
 * are that team's members, not a mobilisation. Only sentences about the campaign's work are read: 组织了二万八千人的
 * 宣传队伍 is no campaign army. Left out: two amounts of people after one verb.
 */
final class MobilisationRule implements FactRule {

    private static final double CONFIDENCE = 0.9;

    private static final List<String> VERBS = List.of("动员", "集结", "组织", "调集", "抽调");
    private static final List<String> FORMING = List.of("组成", "成立");
    /** 的 and a name of an army, right after an amount of people: 的钢铁运输大军, 的筑路大军. */
    private static final Pattern ARMY_AFTER = Pattern.compile("^的(\\p{IsHan}{2,6}军)");
    /** What stands in front of the noun in an amount's words: numerals and their markers. */
    private static final String NUMERAL = "0123456789０１２３４５６７８９零〇○一二两三四五六七八九十百千万亿多余近约以上的";

    @Override
    public void read(Sentence sentence, FactContext context) {
        SentenceParts parts = new SentenceParts(sentence, context);
        if (!parts.aboutCampaign())
            return;
        for (int verb = parts.find(VERBS, 0); verb >= 0; verb = parts.find(VERBS, verb + 2)) {
            int clauseEnd = parts.clauseEnd(verb);
            List<Quantity> people = parts.headcounts(verb + 2, clauseEnd);
            if (people.isEmpty())
                continue;
            if (people.size() > 1) {
                context.leaveOut(sentence, "two amounts of people after one verb of mobilisation");
                continue;
            }
            Quantity amount = people.get(0);
            int after = parts.end(amount.span());
            int forming = parts.find(FORMING, after);
            if (forming >= 0 && forming < clauseEnd)
                continue;
            List<Name> forces = new ArrayList<>();
            parts.quotes().stream().filter(q -> q.begin() > after && q.end() < clauseEnd).map(parts::name)
                .forEach(forces::add);
            if (forces.isEmpty())
                countedNoun(amount).or(() -> armyAfter(parts.text().substring(after, clauseEnd))).ifPresent(forces::add);
            context.add(new Mobilisation(amount, parts.regionsBefore(verb), forces,
                parts.tasks(verb + 2, parts.text().length()),
                parts.organisations(0, verb).stream().map(Mention::entity).distinct().toList(),
                context.evidence(sentence, CONFIDENCE)));
        }
    }

    /** The army an amount of people makes up, named right after it: 七万九千多人的钢铁运输大军. */
    private static Optional<Name> armyAfter(String after) {
        Matcher army = ARMY_AFTER.matcher(after);
        return army.find() ? Optional.of(new Name(army.group(1), Optional.empty())) : Optional.empty();
    }

    /** 钢铁大军 of 五十七万钢铁大军; nothing of 百万大军 or 万人, which say only how many. */
    private static Optional<Name> countedNoun(Quantity amount) {
        String words = amount.text();
        int i = 0;
        while (i < words.length() && NUMERAL.indexOf(words.charAt(i)) >= 0)
            i++;
        String noun = words.substring(i);
        return noun.length() > 2 && noun.endsWith("军") ? Optional.of(new Name(noun, Optional.empty())) : Optional.empty();
    }
}
