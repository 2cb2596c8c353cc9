package org.newsgraph.rdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.apache.jena.riot.RiotException;
import org.apache.jena.sparql.util.IsoMatcher;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsgraph.TestCorpus;

class AuthorityDataTest {

    @TempDir
    Path dir;

    @Test
    void theBundledAuthorityDataIsTheRepositorysRdfFolder() throws Exception {
        UriScheme uris = UriScheme.of("https://example.org/news/");
        AuthorityData bundled = AuthorityData.loadBundled(uris);
        AuthorityData folder = AuthorityData.load(TestCorpus.AUTHORITY, uris);
        assertEquals(folder.graphs().keySet(), bundled.graphs().keySet());
        folder.graphs().forEach((name, g) -> assertTrue(IsoMatcher.isomorphic(g, bundled.graphs().get(name)), name));
    }

    @Test
    void aBadFileGivenByOptionIsNamedWithItsLine() throws Exception {
        Path bad = dir.resolve("bad.ttl");
        Files.writeString(bad, "PREFIX schema: <https://schema.org/>\n\n<a> schema:name \"x\" \n<b> schema:name \"y\" .\n",
            StandardCharsets.UTF_8);
        RiotException e = assertThrows(RiotException.class, () -> AuthorityData.load(dir, UriScheme.of(TestCorpus.BASE)));
        assertTrue(e.getMessage().startsWith(bad + ":4: "), e.getMessage());
    }
}
