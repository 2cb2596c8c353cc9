package org.newsgraph.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
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
import picocli.CommandLine;

/** {@code newsgraph publish} against an authenticated Fuseki, on a small store of two graphs. */
class PublishCommandTest {

    private static final String BASE = "http://example.org/";

    @TempDir
    Path dir;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(String... args) {
        CommandLine cl = NewsgraphCommand.commandLine();
        cl.setOut(new PrintWriter(out, true));
        cl.setErr(new PrintWriter(err, true));
        return cl.execute(args);
    }

    @Test
    void publishesWithThePasswordFromAFileAndRefusesAWrongOne() throws Exception {
        Path store = storeOfTwoGraphs();
        Path wrong = Files.writeString(dir.resolve("wrong"), "not it\n");
        Path right = Files.writeString(dir.resolve("right"), GraphStoreStandIn.PASSWORD + "\n");
        try (GraphStoreStandIn target = GraphStoreStandIn.start()) {
            assertEquals(1, run("publish", "--store", store.toString(), "--target", target.endpoint(),
                "--user", GraphStoreStandIn.USER, "--password-file", wrong.toString()));
            assertTrue(err.toString().contains("refused the password of user 'publisher' (HTTP 401)"), err.toString());
            assertFalse(err.toString().contains("not it"), err.toString());
            assertEquals(0, target.puts.get());

            assertEquals(0, run("publish", "--store", store.toString(), "--target", target.endpoint(),
                "--user", GraphStoreStandIn.USER, "--password-file", right.toString()));
            assertTrue(out.toString().contains("published 2 of 2 graphs to " + target.endpoint()
                + ": 2 sent, 0 already there, 0 refused"), out.toString());
            Node manifest = NodeFactory.createURI(BASE + "publication");
            assertTrue(Txn.calculateRead(target.data, () -> target.data.containsGraph(manifest)));

            assertEquals(0, run("publish", "--store", store.toString(), "--target", target.endpoint(),
                "--user", GraphStoreStandIn.USER, "--password-file", right.toString()));
            assertTrue(out.toString().contains(": 0 sent, 2 already there, 0 refused, 0 bytes"), out.toString());
        }
    }

    @Test
    void aUserNeedsAPasswordFileAndTheFileAPassword() throws Exception {
        Path store = storeOfTwoGraphs();
        assertEquals(2, run("publish", "--store", store.toString(), "--target", "http://localhost:1/ds",
            "--user", "someone"));
        assertTrue(err.toString().contains("--user and --password-file go together"), err.toString());
        Path empty = Files.writeString(dir.resolve("empty"), "");
        assertEquals(2, run("publish", "--store", store.toString(), "--target", "http://localhost:1/ds",
            "--user", "someone", "--password-file", empty.toString()));
        assertTrue(err.toString().contains(empty + ":1: no password on the first line"), err.toString());
    }

    private Path storeOfTwoGraphs() throws Exception {
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
