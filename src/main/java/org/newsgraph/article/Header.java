package org.newsgraph.article;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * What one half of an article file says about the article in its header. The translation's header
 * ({@code Title:}, {@code Author:}, {@code Date:}, {@code Page:} or {@code Edition:}, {@code Column:}) and the
 * original's ({@code ### } headline, author line, date, {@code 第N版(section)}, {@code 专栏：}) are kept apart,
 * since the machine translation sometimes disagrees with the original.
 *
 * @param headline the headline exactly as written (all decks of a multi-deck headline, with their separators)
 * @param decks    the headline's decks, split where the headline has two or more spaces or a U+3000
 * @param authors  the names on the author line, in order; empty when there is none
 * @param date     the date of the issue
 * @param page     the page (版) number, when the header gives one
 * @param section  the section named in {@code 第N版(section)}, when not empty (only the original has one)
 * @param column   the column named by {@code 专栏：} or {@code Column:}, when not empty
 */
public record Header(String headline, List<String> decks, List<String> authors, LocalDate date,
                     Optional<Integer> page, Optional<String> section, Optional<String> column) {
    public Header {
        decks = List.copyOf(decks);
        authors = List.copyOf(authors);
    }
}
