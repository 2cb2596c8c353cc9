package org.newsgraph.article;

/**
 * One paragraph of a body: a line of the file without its indentation and trailing blanks. {@code span} locates
 * the paragraph in the body text in code points; {@code text} is exactly what the span covers.
 */
public record Paragraph(Span span, String text, int line) {}
