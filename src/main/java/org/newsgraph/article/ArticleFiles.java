package org.newsgraph.article;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * The article files named by command-line arguments. A file named directly is always taken; in a folder (searched
 * recursively) only files named like the archive's articles are, {@code …YYYY-MM-DD_title.md} or {@code .md.txt},
 * so that notes such as {@code SOURCES.md} beside them are left alone. The order is by path, so that a load is
 * repeatable.
 */
public final class ArticleFiles {

    private ArticleFiles() {}

    public static List<Path> list(List<Path> paths) throws IOException {
        List<Path> files = new ArrayList<>();
        for (Path p : paths) {
            if (Files.isDirectory(p)) {
                try (Stream<Path> walk = Files.walk(p)) {
                    walk.filter(Files::isRegularFile)
                        .filter(f -> SourcePath.looksLikeArticle(f.getFileName().toString()))
                        .sorted()
                        .forEach(files::add);
                } catch (UncheckedIOException e) {
                    throw e.getCause();
                }
            } else if (Files.exists(p)) {
                files.add(p);
            } else {
                throw new NoSuchFileException(p.toString(), null, "no such file or folder");
            }
        }
        return files;
    }
}
