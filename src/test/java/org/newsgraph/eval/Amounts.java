package org.newsgraph.eval;

import java.math.BigDecimal;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.newsgraph.article.Span;
import org.newsgraph.extract.Quantity;

/** How the evaluations compare a gold amount with the one extraction read, and write either. */
final class Amounts {

    private Amounts() {}

    /** True when extraction read {@code q} as the gold's value, bounds and unit (its rate is compared apart). */
    static boolean agree(Optional<BigDecimal> value, Optional<BigDecimal> min, Optional<BigDecimal> max, String unit,
                         Quantity q) {
        return same(value, q.value()) && same(min, q.min()) && same(max, q.max())
            && (q.unitCode().map(Amounts::unit).equals(Optional.of(unit(unit)))
                || q.unitText().map(Amounts::unit).equals(Optional.of(unit(unit))));
    }

    /** The rate period of {@code q} as the gold writes it: {@code day}, {@code hour}. */
    static Optional<String> per(Quantity q) { return q.per().map(p -> p.toString().toLowerCase(Locale.ROOT)); }

    static boolean overlap(Span a, Span b) { return a.begin() < b.end() && b.begin() < a.end(); }

    /** An amount in words: its value, or its bounds joined by a dash. */
    static String text(Optional<BigDecimal> value, Optional<BigDecimal> min, Optional<BigDecimal> max) {
        return value.map(BigDecimal::toPlainString).orElseGet(() -> min.map(BigDecimal::toPlainString).orElse("")
            + "–" + max.map(BigDecimal::toPlainString).orElse(""));
    }

    private static boolean same(Optional<BigDecimal> a, Optional<BigDecimal> b) {
        return a.isPresent() == b.isPresent() && (a.isEmpty() || a.get().compareTo(b.get()) == 0);
    }

    /**
     * A unit as the gold writes it (the word of the text: 公里, kilometers) or as extraction gives it (the UN/CEFACT
     * code: KMT), in one form, so that the same unit compares equal; UN/CEFACT P1 is the percent sign.
     */
    private static String unit(String u) {
        String folded = u.replace('％', '%').trim().toLowerCase(Locale.ROOT);
        return UNIT_CODES.getOrDefault(folded, folded);
    }

    private static final Map<String, String> UNIT_CODES = Map.ofEntries(
        Map.entry("p1", "%"), Map.entry("公里", "kmt"), Map.entry("kilometers", "kmt"), Map.entry("公尺", "mtr"),
        Map.entry("米", "mtr"), Map.entry("meters", "mtr"), Map.entry("公斤", "kgm"), Map.entry("kilograms", "kgm"),
        Map.entry("立方公尺", "mtq"), Map.entry("立方米", "mtq"), Map.entry("cubic meters", "mtq"),
        Map.entry("cubic-meter", "mtq"), Map.entry("公顷", "har"), Map.entry("hectares", "har"));
}
