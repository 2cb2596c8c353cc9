package org.newsgraph.article;

/**
 * An article file that does not follow the archive's format. The message names the file, the line and the reason,
 * in the {@code file:line: reason} form that editors and terminals link to.
 */
public class ArticleFormatException extends Exception {
    private final String source;
    private final int line;
    private final String reason;

    public ArticleFormatException(String source, int line, String reason) {
        super(source + ":" + line + ": " + reason);
        this.source = source;
        this.line = line;
        this.reason = reason;
    }

    /** The file (or stream name) the problem was found in. */
    public String source() { return source; }

    /** One-based line number of the problem. */
    public int line() { return line; }

    /** What is wrong, without the location. */
    public String reason() { return reason; }
}
