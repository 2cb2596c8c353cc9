package org.newsgraph;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.newsgraph.article.ArticleFiles;
import org.newsgraph.rdf.ArticleConverter;
import org.newsgraph.rdf.AuthorityData;
import org.newsgraph.rdf.UriScheme;
import org.newsgraph.store.ArticleLoader;
import org.newsgraph.store.LoadReport;
import org.newsgraph.store.NewsgraphStore;

/** The bundled corpus and authority data, as the tests use them. */
public final class TestCorpus {

    public static final Path CORPUS = Path.of("corpus");
    public static final Path AUTHORITY = Path.of("rdf");
    public static final String BASE = "http://localhost:3030/";
    public static final Path REFERENCE =
        CORPUS.resolve("rmrb__1958.09__1958-09-05_中南六省区增强工业战线_领导重心转向钢铁.md.txt");
    public static final String REFERENCE_URI = BASE + "rmrb/1958-09-05/p1/中南六省区增强工业战线_领导重心转向钢铁";

    private TestCorpus() {}

    public static List<Path> files() {
        try {
            return ArticleFiles.find(List.of(CORPUS)).files();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A bundled article by the start of its title part, e.g. {@code "1958-09-05_中南"}. */
    public static Path file(String nameContains) {
        return files().stream().filter(f -> f.getFileName().toString().contains(nameContains)).findFirst()
            .orElseThrow(() -> new IllegalArgumentException("no bundled article " + nameContains));
    }

    public static ArticleConverter converter() { return converter(BASE); }

    public static ArticleConverter converter(String base) {
        try {
            UriScheme uris = UriScheme.of(base);
            return ArticleConverter.create(uris, AuthorityData.load(AUTHORITY, uris));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Loads the authority data and the whole bundled corpus into {@code store}. */
    public static LoadReport loadInto(NewsgraphStore store) {
        try {
            ArticleConverter converter = converter();
            ArticleLoader loader = ArticleLoader.builder().store(store).converter(converter).build();
            loader.loadAuthority(AuthorityData.load(AUTHORITY, converter.uris()));
            return loader.load(files());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
