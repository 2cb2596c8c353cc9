package org.newsgraph.article;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Where an article file sits in the archive. The archive's own layout is
 * {@code rmrb/<YYYY.MM>/<YYYY-MM-DD>_<title>.md}; bundled copies flatten it to
 * {@code rmrb__<YYYY.MM>__<YYYY-MM-DD>_<title>.md.txt}. Both forms give the same archive path.
 *
 * @param archive     the archive's short name, e.g. {@code rmrb}, or empty when the name does not say
 * @param archivePath the file's path in the archive, e.g. {@code rmrb/1958.09/1958-09-05_…​.md}
 * @param slug        the title part of the file name, used in URIs, e.g. {@code 中南六省区增强工业战线_领导重心转向钢铁}
 */
public record SourcePath(String archive, String archivePath, String slug) {

    private static final Pattern FLAT = Pattern.compile("^([A-Za-z0-9]+)__(\\d{4}\\.\\d{2})__(.+)$");
    private static final Pattern DATED = Pattern.compile("^\\d{4}-\\d{2}-\\d{2}_(.+)$");

    /** Reads a file name (the last element of its path), in either layout. */
    public static SourcePath ofFileName(String fileName) {
        String name = fileName.endsWith(".txt") ? fileName.substring(0, fileName.length() - 4) : fileName;
        String archive = "";
        String archivePath = name;
        Matcher flat = FLAT.matcher(name);
        if (flat.matches()) {
            archive = flat.group(1);
            archivePath = archive + "/" + flat.group(2) + "/" + flat.group(3);
            name = flat.group(3);
        }
        String stem = name.endsWith(".md") ? name.substring(0, name.length() - 3) : name;
        Matcher dated = DATED.matcher(stem);
        return new SourcePath(archive, archivePath, dated.matches() ? dated.group(1) : stem);
    }

    /** The date ({@code YYYY-MM-DD}) that a file name in either layout starts its title part with, if it has one. */
    public static Optional<String> dateOf(String fileName) {
        SourcePath p = ofFileName(fileName);
        String last = p.archivePath().substring(p.archivePath().lastIndexOf('/') + 1);
        return DATED.matcher(last).matches() ? Optional.of(last.substring(0, 10)) : Optional.empty();
    }

    /** True for names that look like archive articles ({@code …YYYY-MM-DD_title.md}, optionally {@code .txt}). */
    public static boolean looksLikeArticle(String fileName) {
        SourcePath p = ofFileName(fileName);
        String last = p.archivePath().substring(p.archivePath().lastIndexOf('/') + 1);
        return (fileName.endsWith(".md") || fileName.endsWith(".md.txt")) && DATED.matcher(last).matches();
    }
}
