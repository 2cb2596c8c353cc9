package org.newsgraph.extract;

import java.time.LocalDate;
import java.util.Optional;

import org.newsgraph.article.Language;
import org.newsgraph.article.Span;

/**
 * A date or period the text names, resolved against the paper's own date: 4日讯 → 1958-09-04, 9月底 → 1958-09-21 to
 * 1958-09-30, "by the end of September", 年底前 → to 1958-12-31. A reference that cannot be resolved keeps only its
 * words.
 *
 * @param lang  the language of the text
 * @param span  where the words are in the body, in code points
 * @param text  the words
 * @param value the day, when the words name one
 * @param from  the first day of a period
 * @param to    the last day of a period
 */
public record TimeExpression(Language lang, Span span, String text, Optional<LocalDate> value, Optional<LocalDate> from,
                             Optional<LocalDate> to) {

    public boolean isResolved() { return value.isPresent() || from.isPresent() || to.isPresent(); }
}
