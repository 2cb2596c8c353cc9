package org.newsgraph.extract;

import java.math.BigDecimal;
import java.util.Optional;

import org.newsgraph.article.Language;
import org.newsgraph.article.Span;

/**
 * An amount the text states, e.g. 一千零七十万吨 (10,700,000 t), 一百四十多名 (more than 140 people), 两万到两万五千个
 * (20,000 to 25,000), 日产七千吨 (7,000 t a day).
 *
 * @param lang     the language of the text
 * @param span     where the words are in the body, in code points
 * @param text     the words
 * @param value    the amount, when the text gives one number without "more than" or "nearly"
 * @param min      the least it can be: the lower end of a range, or the number of "more than", "at least"
 * @param max      the most it can be: the upper end of a range, or the number of "nearly"
 * @param unitCode the UN/CEFACT code of the unit: {@code TNE} tonne, {@code KMT} kilometre, {@code MTR} metre,
 *                 {@code KGM} kilogram, {@code MTQ} cubic metre, {@code HAR} hectare, {@code P1} percent,
 *                 {@code IE} person, {@code C62} one (a count of things: 座, 辆, 头)
 * @param unitText the unit as written, when it has no code: 斤, 亩, 担, 华里, catties
 * @param per      the period of a rate: 日产 and "daily" are per day
 */
public record Quantity(Language lang, Span span, String text, Optional<BigDecimal> value, Optional<BigDecimal> min,
                       Optional<BigDecimal> max, Optional<String> unitCode, Optional<String> unitText,
                       Optional<RatePeriod> per) {

    /** The unit as the {@code extract} output names it: the code, else the text. */
    public Optional<String> unit() { return unitCode.or(() -> unitText); }
}
