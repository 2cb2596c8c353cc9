package org.newsgraph.article;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The article files named by command-line arguments, all of them at once, as {@link ArticleWalk} finds them.
 *
 * @param files        the article files, folder by folder in the order of the arguments
 * @param emptyFolders for each folder argument that holds no article file, why nothing was taken from it (see
 *                     {@link ArticleWalk#emptyFolders()})
 */
public record ArticleFiles(List<Path> files, List<String> emptyFolders) {

    public ArticleFiles {
        files = List.copyOf(files);
        emptyFolders = List.copyOf(emptyFolders);
    }

    public static ArticleFiles find(List<Path> paths) throws IOException {
        ArticleWalk walk = ArticleWalk.of(paths);
        List<Path> files = new ArrayList<>();
        try {
            walk.forEachRemaining(files::add);
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
        return new ArticleFiles(files, walk.emptyFolders());
    }
}
