package org.newsgraph.article;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.stream.Stream;

/**
 * The article files named by command-line arguments, found as they are taken, so that an archive of a million
 * files is never held as a list: only the folders on the way down are, each listed and sorted by name. A file
 * named directly is always taken; in a folder (searched depth first) only files named like the archive's
 * articles are, {@code …YYYY-MM-DD_title.md} or {@code .md.txt}, so that notes such as {@code SOURCES.md} beside
 * them are left alone. The order is by name, folder by folder, so that a load is repeatable.
 *
 * <p>Reading a folder may fail midway: {@link #hasNext()} then throws {@link UncheckedIOException}.
 */
public final class ArticleWalk implements Iterator<Path> {

    private final Iterator<Path> arguments;
    /** The entries still to take of each folder on the way down from the current folder argument. */
    private final Deque<Iterator<Path>> folders = new ArrayDeque<>();
    private final List<String> emptyFolders = new ArrayList<>();
    private Path folderArgument;
    private int articlesInArgument;
    private int othersInArgument;
    private Path next;

    private ArticleWalk(List<Path> arguments) {
        this.arguments = List.copyOf(arguments).iterator();
    }

    /**
     * A walk over {@code paths}, files or folders.
     *
     * @throws NoSuchFileException when one of them does not exist
     */
    public static ArticleWalk of(List<Path> paths) throws NoSuchFileException {
        for (Path p : paths)
            if (!Files.exists(p))
                throw new NoSuchFileException(p.toString(), null, "no such file or folder");
        return new ArticleWalk(paths);
    }

    /**
     * For each folder argument walked through that held no article file, why nothing was taken from it:
     * {@code DIR: no article files (…); 3 other files left alone}. Such a folder is an input the commands reject:
     * a wrong folder would otherwise pass for an empty archive.
     */
    public List<String> emptyFolders() { return List.copyOf(emptyFolders); }

    @Override
    public boolean hasNext() {
        try {
            while (next == null && advance()) {
                // advance() either found the next file or stepped over a folder or an argument
            }
            return next != null;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public Path next() {
        if (!hasNext())
            throw new NoSuchElementException();
        Path p = next;
        next = null;
        return p;
    }

    /** One step of the walk; false when nothing is left. */
    private boolean advance() throws IOException {
        if (!folders.isEmpty()) {
            Iterator<Path> entries = folders.peek();
            if (!entries.hasNext()) {
                folders.pop();
                if (folders.isEmpty())
                    finishArgument();
                return true;
            }
            Path entry = entries.next();
            if (Files.isDirectory(entry, LinkOption.NOFOLLOW_LINKS)) {
                folders.push(sortedEntries(entry));
            } else if (Files.isRegularFile(entry)) {
                if (SourcePath.looksLikeArticle(entry.getFileName().toString())) {
                    articlesInArgument++;
                    next = entry;
                } else {
                    othersInArgument++;
                }
            }
            return true;
        }
        if (!arguments.hasNext())
            return false;
        Path argument = arguments.next();
        if (Files.isDirectory(argument)) {
            folderArgument = argument;
            articlesInArgument = 0;
            othersInArgument = 0;
            folders.push(sortedEntries(argument));
        } else {
            next = argument;
        }
        return true;
    }

    private void finishArgument() {
        if (articlesInArgument == 0)
            emptyFolders.add(folderArgument + ": no article files (names like …YYYY-MM-DD_title.md or .md.txt); "
                + leftAlone(othersInArgument));
    }

    private static Iterator<Path> sortedEntries(Path folder) throws IOException {
        try (Stream<Path> entries = Files.list(folder)) {
            return entries.sorted().toList().iterator();
        }
    }

    private static String leftAlone(int otherFiles) {
        return switch (otherFiles) {
            case 0 -> "the folder is empty";
            case 1 -> "1 other file left alone";
            default -> otherFiles + " other files left alone";
        };
    }
}
