package org.newsgraph.extract;

import java.util.List;
import java.util.Optional;

import org.newsgraph.article.Article;

/**
 * An article with what extraction found in it.
 *
 * @param article     the parsed article
 * @param dateline    the dateline of the original, e.g. {@code 新华社4日讯}
 * @param datelineEn  the dateline of the translation, e.g. {@code Xinhua News Agency, September 4th}
 * @param mentions    the mentions of places, people and organisations in both bodies (see {@link Mention#lang()})
 * @param ambiguous   words that name one of several places, with nothing in the article to tell which
 * @param about       the IRIs of the places the article is about, as opposed to those it mentions in passing
 * @param quantities  the amounts both bodies state
 * @param dates       the dates and periods both bodies name, resolved against the paper's date
 */
public record AnnotatedArticle(Article article, Optional<Dateline> dateline, Optional<Dateline> datelineEn,
                               List<Mention> mentions, List<AmbiguousMention> ambiguous, List<String> about, List<Quantity> quantities,
                               List<TimeExpression> dates) {
    public AnnotatedArticle {
        mentions = List.copyOf(mentions);
        ambiguous = List.copyOf(ambiguous);
        about = List.copyOf(about);
        quantities = List.copyOf(quantities);
        dates = List.copyOf(dates);
    }
}
