package org.newsgraph.campaign;

import org.newsgraph.article.Language;
import org.newsgraph.article.Span;

/**
 * One sentence of a body.
 *
 * @param lang the body's language
 * @param span where the sentence is in the body, in code points
 * @param text exactly the words the span covers
 */
public record Sentence(Language lang, Span span, String text) {

    /** True when {@code inner} lies within this sentence. */
    public boolean covers(Span inner) { return span.begin() <= inner.begin() && inner.end() <= span.end(); }
}
