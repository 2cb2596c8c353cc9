package org.newsgraph.campaign;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.newsgraph.extract.Mention;
import org.newsgraph.extract.Quantity;

/**
 * Named units formed for the campaign: 组成, 组织 or 成立 and, in the same clause after it, a quoted name ending in
 * 队, 师, 团 or 组 (“钢铁巡回医疗队”, 一个“汽车师”和一个“马车师”). The members are the amount of people named in
 * the clause before the name, when the clause forms one unit only; the tasks are the work named after the name, and
 * what a transporting unit carries (运输矿石和炼铁用煤: ore, coal) its commodities. The region is the place named
 * before the verb (or the province 全省 stands for), formedBy the organisations named there. A quoted unit that is a
 * force of a mobilisation read in the same sentence (组织了万人以上的“钢铁兵团”) is that mobilisation's, not a team.
 * Only sentences about the campaign's work are read.
 */
final class TeamRule implements FactRule {

    private static final double CONFIDENCE = 0.9;

    private static final List<String> VERBS = List.of("组成", "组织", "成立");
    private static final String UNIT_ENDINGS = "队师团组";

    @Override
    public void read(Sentence sentence, FactContext context) {
        SentenceParts parts = new SentenceParts(sentence, context);
        if (!parts.aboutCampaign())
            return;
        List<String> forces = context.found(Mobilisation.class).stream()
            .filter(m -> m.evidence().zh().equals(sentence))
            .flatMap(m -> m.forces().stream()).map(Name::zh).toList();
        List<SentenceParts.Quote> units = parts.quotes().stream()
            .filter(q -> UNIT_ENDINGS.indexOf(q.words().charAt(q.words().length() - 1)) >= 0)
            .filter(q -> formingVerb(parts, q) >= 0)
            .filter(q -> !forces.contains(q.words()))
            .toList();
        for (SentenceParts.Quote unit : units) {
            int verb = formingVerb(parts, unit);
            int clauseStart = parts.clauseStart(unit.begin());
            boolean alone = units.stream().filter(u -> parts.clauseStart(u.begin()) == clauseStart).count() == 1;
            List<Quantity> members = parts.headcounts(clauseStart, unit.begin());
            Optional<Quantity> size = alone && members.size() == 1 ? Optional.of(members.get(0)) : Optional.empty();
            int after = lastUnitEnd(parts, units, clauseStart) + 1;
            List<Task> tasks = parts.tasks(after, parts.text().length());
            context.add(new Team(parts.name(unit), size, tasks, carried(parts, after, tasks),
                parts.regionsBefore(verb), parts.organisations(0, verb).stream().map(Mention::entity).distinct().toList(),
                context.evidence(sentence, CONFIDENCE)));
        }
    }

    /** The verb that forms the unit: the nearest before its name in the same clause, or -1. */
    private static int formingVerb(SentenceParts parts, SentenceParts.Quote unit) {
        for (int i = unit.begin() - 1; i >= parts.clauseStart(unit.begin()); i--)
            if (SentenceParts.startsWithAny(parts.text(), i, VERBS) > 0)
                return i;
        return -1;
    }

    /** Where the last unit formed in a clause ends: what follows is said of all of them. */
    private static int lastUnitEnd(SentenceParts parts, List<SentenceParts.Quote> units, int clauseStart) {
        return units.stream().filter(u -> parts.clauseStart(u.begin()) == clauseStart)
            .mapToInt(SentenceParts.Quote::end).max().orElseThrow();
    }

    /**
     * What a transporting unit carries: the commodities named in the clause after 运输, except the metal of 炼铁
     * and 炼钢, which say what the load is for.
     */
    private static List<Commodity> carried(SentenceParts parts, int after, List<Task> tasks) {
        List<Commodity> carried = new ArrayList<>();
        if (!tasks.contains(Task.TRANSPORT))
            return carried;
        int transport = parts.text().indexOf("运输", after);
        for (CommodityWords.Found f : CommodityWords.find(parts.text().substring(transport, parts.clauseEnd(transport))))
            if (!(f.begin() > 0 && parts.text().charAt(transport + f.begin() - 1) == '炼')
                && !carried.contains(f.commodity()))
                carried.add(f.commodity());
        return carried;
    }
}
