package org.newsgraph.campaign;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.newsgraph.extract.AnnotatedArticle;
import org.newsgraph.extract.Quantity;
import org.newsgraph.extract.TimeExpression;

/**
 * Which English sentence says what a Chinese one says. The translation is sentence by sentence but not one to one,
 * so sentences are paired by what they share: an amount of the same value counts {@value #AMOUNT}, a resolved date
 * {@value #DATE}, an entity {@value #ENTITY}. The best English sentence is taken when it scores at least
 * {@value #ENOUGH}, the one nearest in relative position when two tie; below that a fact has Chinese evidence only.
 */
final class SentenceAlignment {

    static final int AMOUNT = 3;
    static final int DATE = 2;
    static final int ENTITY = 1;
    static final int ENOUGH = 2;

    private final Map<Sentence, Sentence> english;

    private SentenceAlignment(Map<Sentence, Sentence> english) { this.english = english; }

    static SentenceAlignment of(AnnotatedArticle annotated, List<Sentence> zh, List<Sentence> en) {
        Map<Sentence, Sentence> pairs = new HashMap<>();
        for (int i = 0; i < zh.size(); i++) {
            Sentence best = null;
            int bestScore = 0;
            double bestDistance = Double.MAX_VALUE;
            for (int j = 0; j < en.size(); j++) {
                int score = score(annotated, zh.get(i), en.get(j));
                double distance = Math.abs((double) i / zh.size() - (double) j / en.size());
                if (score > bestScore || score == bestScore && score > 0 && distance < bestDistance) {
                    best = en.get(j);
                    bestScore = score;
                    bestDistance = distance;
                }
            }
            if (bestScore >= ENOUGH)
                pairs.put(zh.get(i), best);
        }
        return new SentenceAlignment(pairs);
    }

    Optional<Sentence> english(Sentence zh) { return Optional.ofNullable(english.get(zh)); }

    private static int score(AnnotatedArticle a, Sentence zh, Sentence en) {
        int score = 0;
        Set<Object> zhAmounts = amounts(a, zh);
        for (Object v : amounts(a, en))
            if (zhAmounts.contains(v))
                score += AMOUNT;
        Set<Object> zhDates = dates(a, zh);
        for (Object d : dates(a, en))
            if (zhDates.contains(d))
                score += DATE;
        Set<String> zhEntities = entities(a, zh);
        for (String e : entities(a, en))
            if (zhEntities.contains(e))
                score += ENTITY;
        return score;
    }

    private static Set<Object> amounts(AnnotatedArticle a, Sentence s) {
        return a.quantities().stream().filter(q -> q.lang() == s.lang() && s.covers(q.span()))
            .map(SentenceAlignment::amountKey).filter(Objects::nonNull).collect(Collectors.toSet());
    }

    /** What an amount is, whatever the language: its value or range, without trailing zeros. */
    private static Object amountKey(Quantity q) {
        if (q.value().isPresent())
            return q.value().get().stripTrailingZeros();
        if (q.min().isEmpty() && q.max().isEmpty())
            return null;
        return List.of(q.min().map(v -> v.stripTrailingZeros().toPlainString()).orElse(""),
            q.max().map(v -> v.stripTrailingZeros().toPlainString()).orElse(""));
    }

    private static Set<Object> dates(AnnotatedArticle a, Sentence s) {
        return a.dates().stream().filter(t -> t.lang() == s.lang() && s.covers(t.span()))
            .filter(TimeExpression::isResolved)
            .map(t -> List.of(t.value(), t.from(), t.to())).collect(Collectors.toSet());
    }

    private static Set<String> entities(AnnotatedArticle a, Sentence s) {
        return a.mentions().stream().filter(m -> m.lang() == s.lang() && s.covers(m.span()))
            .map(m -> m.entity().iri()).collect(Collectors.toSet());
    }

}
