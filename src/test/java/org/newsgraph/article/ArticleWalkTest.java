package org.newsgraph.article;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ArticleWalkTest {

    @TempDir
    Path dir;

    @Test
    void takesArticleFilesByNameFolderByFolderAndLeavesNotesAlone() throws Exception {
        Path archive = Files.createDirectories(dir.resolve("rmrb"));
        Path september = Files.createDirectories(archive.resolve("1958.09"));
        Path august = Files.createDirectories(archive.resolve("1958.08"));
        Path b = Files.writeString(september.resolve("1958-09-05_b.md"), "");
        Path a = Files.writeString(september.resolve("1958-09-01_a.md"), "");
        Path c = Files.writeString(august.resolve("1958-08-01_c.md.txt"), "");
        Files.writeString(archive.resolve("SOURCES.md"), "");
        Path named = Files.writeString(dir.resolve("notes.txt"), "");
        ArticleWalk walk = ArticleWalk.of(List.of(archive, named));
        List<Path> taken = new ArrayList<>();
        walk.forEachRemaining(taken::add);
        assertEquals(List.of(c, a, b, named), taken, "a file named directly is always taken");
        assertEquals(List.of(), walk.emptyFolders());
    }

    @Test
    void aFolderWithoutArticlesIsReported() throws Exception {
        Path notes = Files.createDirectories(dir.resolve("notes"));
        Files.writeString(notes.resolve("a.md"), "");
        Files.writeString(notes.resolve("b.txt"), "");
        Path empty = Files.createDirectories(dir.resolve("empty"));
        ArticleWalk walk = ArticleWalk.of(List.of(notes, empty));
        assertFalse(walk.hasNext());
        assertEquals(List.of(
            notes + ": no article files (names like …YYYY-MM-DD_title.md or .md.txt); 2 other files left alone",
            empty + ": no article files (names like …YYYY-MM-DD_title.md or .md.txt); the folder is empty"),
            walk.emptyFolders());
    }

    @Test
    void aMissingArgumentIsRefusedBeforeAnythingIsTaken() {
        assertThrows(NoSuchFileException.class, () -> ArticleWalk.of(List.of(dir, dir.resolve("missing"))));
    }
}
