package org.newsgraph.synth;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.newsgraph.article.Article;
import org.newsgraph.article.ArticleFormatException;
import org.newsgraph.article.ArticleParser;
import org.newsgraph.article.Body;
import org.newsgraph.article.Language;

/**
 * A real article file cut into the pieces a synthetic article is built from: the translation's header, its body,
 * what lies between the two bodies (the 1946 glossary, the separator and the original's header), the original's
 * body and what follows it. Every piece keeps the file's own characters, so each synthetic article keeps the format
 * variant of the real one it comes from.
 */
final class Template {

    private final Article article;
    private final String header;
    private final Lines translation;
    private final String between;
    private final Lines original;
    private final String end;

    private Template(Article article, String text) {
        this.article = article;
        Body en = article.translationBody();
        Body zh = article.originalBody();
        int enEnd = en.fileOffset() + en.text().length();
        int zhEnd = zh.fileOffset() + zh.text().length();
        this.header = text.substring(0, en.fileOffset());
        this.translation = Lines.of(en.text(), Language.EN);
        this.between = text.substring(enEnd, zh.fileOffset());
        this.original = Lines.of(zh.text(), Language.ZH);
        this.end = text.substring(zhEnd);
    }

    static Template read(Path file, ArticleParser parser) throws IOException, ArticleFormatException {
        byte[] bytes = ArticleParser.readFile(file);
        return new Template(parser.parse(file.toString(), file.getFileName().toString(), bytes),
            new String(bytes, StandardCharsets.UTF_8));
    }

    Article article() { return article; }

    /** The translation's header, up to its body. */
    String header() { return header; }

    /** From the end of the translation's body to the start of the original's: glossary, separator, header. */
    String between() { return between; }

    String end() { return end; }

    Lines translation() { return translation; }

    Lines original() { return original; }

    /**
     * Whether the two bodies can be cut and joined paragraph by paragraph: only when they hold as many paragraphs,
     * so that the n-th Chinese paragraph is the n-th English one.
     */
    boolean paired() {
        return translation.paragraphs().size() == original.paragraphs().size()
            && translation.pictureAt().equals(original.pictureAt());
    }

    /**
     * The lines of one body, grouped into paragraphs: each paragraph is a non-blank line with the blank lines
     * before it, so that joining paragraphs keeps the body's spacing.
     *
     * @param paragraphs the body's paragraphs, in order
     * @param pictureAt  the index of the paragraph that marks a picture ({@code （附图片）}), whose caption follows it
     */
    record Lines(List<String> paragraphs, Optional<Integer> pictureAt) {

        Lines {
            paragraphs = List.copyOf(paragraphs);
        }

        static Lines of(String body, Language lang) {
            List<String> paragraphs = new ArrayList<>();
            StringBuilder pending = new StringBuilder();
            Optional<Integer> picture = Optional.empty();
            for (String line : body.split("\n", -1)) {
                pending.append(pending.length() == 0 && paragraphs.isEmpty() ? "" : "\n").append(line);
                if (!line.isBlank()) {
                    if (picture.isEmpty() && ArticleParser.isPictureMark(line, lang))
                        picture = Optional.of(paragraphs.size());
                    paragraphs.add(pending.toString());
                    pending.setLength(0);
                }
            }
            return new Lines(paragraphs, picture);
        }

        /** The paragraphs before the picture's mark, or all of them. */
        List<String> text() { return paragraphs.subList(0, pictureAt.orElse(paragraphs.size())); }

        /** The picture's mark and caption, or nothing. */
        List<String> picture() { return paragraphs.subList(pictureAt.orElse(paragraphs.size()), paragraphs.size()); }
    }
}
