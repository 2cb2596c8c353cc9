package org.newsgraph.extract;

import org.newsgraph.article.Span;

/**
 * The dateline that opens a report, e.g. {@code 新华社4日讯} or {@code Xinhua News Agency, September 4th}.
 *
 * @param text   the dateline as written, without a leading {@code 据} and the punctuation that ends it
 * @param source the key of the agency or paper it credits (as given to {@link DatelineFinder.Builder#source})
 * @param span   where the dateline lies in its body, in code points
 */
public record Dateline(String text, String source, Span span) {}
