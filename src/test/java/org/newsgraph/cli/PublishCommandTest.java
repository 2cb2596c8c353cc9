package org.newsgraph.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.system.Txn;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsgraph.publish.GraphStoreStandIn;
import org.newsgraph.store.NewsgraphStore;

/** {@code newsgraph publish} against an authenticated Fuseki, on a small store of two graphs. */
class PublishCommandTest {

    private static final String BASE = "http://example.org/";

    @TempDir
    Path dir;

    private final CommandRun cli = new CommandRun();

    private int run(String... args) { return cli.run(args); }

    @Test
    void publishesWithThePasswordFromAFileAndRefusesAWrongOne() throws Exception {
        Path store = storeOfTwoGraphs(dir);
        Path wrong = Files.writeString(dir.resolve("wrong"), "not it\n");
        Path right = Files.writeString(dir.resolve("right"), GraphStoreStandIn.PASSWORD + "\n");
        try (GraphStoreStandIn target = GraphStoreStandIn.start()) {
            assertEquals(1, run("publish", "--store", store.toString(), "--target", target.endpoint(),
                "--user", GraphStoreStandIn.USER, "--password-file", wrong.toString()));
            assertTrue(cli.err().contains("refused the password of user 'publisher' (HTTP 401)"), cli.err());
            assertFalse(cli.err().contains("not it"), cli.err());
            assertEquals(0, target.puts.get());

            assertEquals(0, run("publish", "--store", store.toString(), "--target", target.endpoint(),
                "--user", GraphStoreStandIn.USER, "--password-file", right.toString()));
            assertTrue(cli.out().contains("published 2 of 2 graphs to " + target.endpoint()
                + ": 2 sent, 0 already there, 0 refused"), cli.out());
            Node manifest = NodeFactory.createURI(BASE + "publication");
            assertTrue(Txn.calculateRead(target.data, () -> target.data.containsGraph(manifest)));

            assertEquals(0, run("publish", "--store", store.toString(), "--target", target.endpoint(),
                "--user", GraphStoreStandIn.USER, "--password-file", right.toString()));
            assertTrue(cli.out().contains(": 0 sent, 2 already there, 0 refused, 0 bytes"), cli.out());
        }
    }

    @Test
    void aUserNeedsAPasswordFileAndTheFileAPassword() throws Exception {
        Path store = storeOfTwoGraphs(dir);
        assertEquals(2, run("publish", "--store", store.toString(), "--target", "http://localhost:1/ds",
            "--user", "someone"));
        assertTrue(cli.err().contains("--user and --password-file go together"), cli.err());
        Path empty = Files.writeString(dir.resolve("empty"), "");
        assertEquals(2, run("publish", "--store", store.toString(), "--target", "http://localhost:1/ds",
            "--user", "someone", "--password-file", empty.toString()));
        assertTrue(cli.err().contains(empty + ":1: no password on the first line"), cli.err());
    }

    /** A store of two small graphs in {@code dir}, under the base {@value #BASE}. */
    static Path storeOfTwoGraphs(Path dir) throws Exception {
        Path folder = dir.resolve("tdb2");
        try (NewsgraphStore store = NewsgraphStore.open(folder)) {
            store.requireBase(BASE);
            Txn.executeWrite(store.dataset(), () -> RDFParser.fromString("""
                <http://example.org/graph/a> { <http://example.org/a> <https://schema.org/name> "甲" . }
                <http://example.org/graph/b> { <http://example.org/b> <https://schema.org/name> "乙"@zh . }
                """).lang(Lang.TRIG).parse(store.dataset()));
        }
        return folder;
    }
}
