package org.newsgraph.extract;

import java.util.List;

import org.newsgraph.article.Language;
import org.newsgraph.article.Span;

/**
 * Words that name one of several entities, with nothing in the article to tell which: "Yidu" where the Chinese
 * text names neither 益都 nor 宜都. Kept with its candidates, and linked to none of them.
 *
 * @param lang       the language of the text
 * @param span       where the words are in the body, in code points
 * @param text       the words
 * @param candidates the entities they may name, at least two
 */
public record AmbiguousMention(Language lang, Span span, String text, List<EntityRef> candidates) {
    public AmbiguousMention {
        candidates = List.copyOf(candidates);
        if (candidates.size() < 2)
            throw new IllegalArgumentException("an ambiguous mention has two candidates or more: " + text);
    }
}
