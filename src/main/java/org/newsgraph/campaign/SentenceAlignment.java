package org.newsgraph.campaign;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

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

    /** The English sentence of each Chinese sentence of {@code context}'s article, where one can be told. */
    static SentenceAlignment of(FactContext context) {
        List<Sentence> zh = context.sentences();
        List<Sentence> en = context.englishSentences();
        List<Contents> enContents = en.stream().map(s -> Contents.of(s, context)).toList();
        Map<Sentence, Sentence> pairs = new HashMap<>();
        for (int i = 0; i < zh.size(); i++) {
            Contents zhContents = Contents.of(zh.get(i), context);
            Sentence best = null;
            int bestScore = 0;
            double bestDistance = Double.MAX_VALUE;
            for (int j = 0; j < en.size(); j++) {
                int score = zhContents.shared(enContents.get(j));
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

    /** What a sentence states that its translation states too: amounts, resolved dates, entities. */
    private record Contents(Set<Object> amounts, Set<Object> dates, Set<String> entities) {

        static Contents of(Sentence s, FactContext context) {
            return new Contents(
                context.quantities(s).stream().map(SentenceAlignment::amountKey).filter(Objects::nonNull)
                    .collect(Collectors.toSet()),
                context.dates(s).stream().filter(TimeExpression::isResolved)
                    .map(t -> List.of(t.value(), t.from(), t.to())).collect(Collectors.toSet()),
                context.mentions(s).stream().map(m -> m.entity().iri()).collect(Collectors.toSet()));
        }

        /** How much the two sentences share, weighted by kind. */
        int shared(Contents other) {
            return AMOUNT * overlap(amounts, other.amounts) + DATE * overlap(dates, other.dates)
                + ENTITY * overlap(entities, other.entities);
        }

        private static int overlap(Set<?> a, Set<?> b) {
            return (int) b.stream().filter(a::contains).count();
        }
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
}
