package org.newsgraph.article;

import java.util.List;

/**
 * The exact text of one half of an article file, with where it lies in the file.
 *
 * @param text       the body as it stands in the file, from its first non-blank line to the end of its last
 *                   non-blank line, indentation, full-width spaces and inner blank lines kept
 * @param fileOffset where {@code text} starts in the file, in UTF-16 units of the decoded file
 * @param firstLine  one-based line number of the body's first line
 * @param paragraphs the non-blank lines of the body, in order
 */
public record Body(String text, int fileOffset, int firstLine, List<Paragraph> paragraphs) {
    public Body {
        paragraphs = List.copyOf(paragraphs);
    }

    public boolean isEmpty() { return text.isEmpty(); }
}
