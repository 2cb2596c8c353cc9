package org.newsgraph.extract;

import java.util.Optional;

import org.newsgraph.article.Article;

/**
 * An article with what extraction found in it.
 *
 * @param article     the parsed article
 * @param dateline    the dateline of the original, e.g. {@code 新华社4日讯}
 * @param datelineEn  the dateline of the translation, e.g. {@code Xinhua News Agency, September 4th}
 */
public record AnnotatedArticle(Article article, Optional<Dateline> dateline, Optional<Dateline> datelineEn) {}
