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
 *
 * @param files        the article files, folder by folder in the order of the arguments
 * @param emptyFolders for each folder argument that holds no article file, why nothing was taken from it:
 *                     {@code DIR: no article files (…); 3 other files left alone}. Such a folder is an input
 *                     the command rejects: a wrong folder would otherwise pass for an empty archive.
 */
public record ArticleFiles(List<Path> files, List<String> emptyFolders) {

    public ArticleFiles {
        files = List.copyOf(files);
        emptyFolders = List.copyOf(emptyFolders);
    }

    public static ArticleFiles find(List<Path> paths) throws IOException {
        List<Path> files = new ArrayList<>();
        List<String> emptyFolders = new ArrayList<>();
        for (Path p : paths) {
            if (Files.isDirectory(p)) {
                List<Path> inFolder;
                try (Stream<Path> walk = Files.walk(p)) {
                    inFolder = walk.filter(Files::isRegularFile).sorted().toList();
                } catch (UncheckedIOException e) {
                    throw e.getCause();
                }
                List<Path> articles = inFolder.stream()
                    .filter(f -> SourcePath.looksLikeArticle(f.getFileName().toString())).toList();
                if (articles.isEmpty())
                    emptyFolders.add(p + ": no article files (names like …YYYY-MM-DD_title.md or .md.txt); "
                        + leftAlone(inFolder.size()));
                files.addAll(articles);
            } else if (Files.exists(p)) {
                files.add(p);
            } else {
                throw new NoSuchFileException(p.toString(), null, "no such file or folder");
            }
        }
        return new ArticleFiles(files, emptyFolders);
    }

    private static String leftAlone(int otherFiles) {
        return switch (otherFiles) {
            case 0 -> "the folder is empty";
            case 1 -> "1 other file left alone";
            default -> otherFiles + " other files left alone";
        };
    }
}
