package org.newsgraph.article;

import java.util.List;

/**
 * One article of the archive: the Chinese original as printed and its machine translation into English, each
 * with its own header and exact body text.
 *
 * @param source       the file name the article was read from, as given to the parser
 * @param path         where the file sits in the archive
 * @param original     the original's header
 * @param translation  the translation's header
 * @param originalBody the Chinese body, exact
 * @param translationBody the English body, exact, without the glossary
 * @param photos       pictures printed with the article
 * @param glossary     the translation's named-entity glossary (1946 files), possibly empty
 * @param warnings     things that are odd but not wrong, e.g. the two headers giving different dates
 */
public record Article(String source, SourcePath path, Header original, Header translation, Body originalBody,
                      Body translationBody, List<Photo> photos,
                      List<GlossaryEntry> glossary, List<String> warnings) {
    public Article {
        photos = List.copyOf(photos);
        glossary = List.copyOf(glossary);
        warnings = List.copyOf(warnings);
    }
}
