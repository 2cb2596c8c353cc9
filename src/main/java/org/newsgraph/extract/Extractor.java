package org.newsgraph.extract;

import java.util.Objects;

import org.newsgraph.article.Article;

/** Runs the extraction stage over one article at a time. Thread-safe. */
public final class Extractor {

    private final DatelineFinder datelines;

    public Extractor(DatelineFinder datelines) {
        this.datelines = Objects.requireNonNull(datelines, "datelines");
    }

    public AnnotatedArticle annotate(Article article) {
        return new AnnotatedArticle(article, datelines.find(article.originalBody()),
            datelines.find(article.translationBody()));
    }
}
