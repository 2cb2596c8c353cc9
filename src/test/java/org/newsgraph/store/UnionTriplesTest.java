package org.newsgraph.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.apache.jena.atlas.iterator.Iter;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.system.Txn;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The union of a TDB2 store's named graphs, read from its SPOG index: each triple once, subject by subject. */
class UnionTriplesTest {

    private static final String DATA = """
        PREFIX ex: <http://example.org/>
        ex:only-in-the-default-graph ex:p ex:o .
        ex:g1 { ex:a ex:p ex:b , "字" . ex:b ex:p ex:a . ex:c ex:q 1 . }
        ex:g2 { ex:a ex:p ex:b . ex:c ex:q 1 , 2 . ex:b ex:p ex:c . }
        ex:g3 { ex:c ex:q 1 . ex:a ex:p "字" . ex:d ex:p ex:a . }
        """;

    @TempDir
    Path dir;

    @Test
    void eachTripleOfTheNamedGraphsOnceSubjectBySubject() {
        DatasetGraph memory = DatasetGraphFactory.createTxnMem();
        RDFParser.fromString(DATA, Lang.TRIG).parse(memory);
        Set<Triple> expected = new HashSet<>();
        memory.find().forEachRemaining(q -> {
            if (!q.isDefaultGraph())
                expected.add(q.asTriple());
        });
        try (NewsgraphStore store = NewsgraphStore.open(dir.resolve("tdb2"))) {
            Txn.executeWrite(store.dataset(), () -> RDFParser.fromString(DATA, Lang.TRIG).parse(store.dataset()));
            List<Triple> union = Txn.calculateRead(store.dataset(), () -> Iter.toList(UnionTriples.of(store.dataset())));
            assertEquals(expected, new HashSet<>(union), "the named graphs' triples, not the default graph's");
            assertEquals(expected.size(), union.size(), "no triple twice: " + union);
            List<Node> subjects = new ArrayList<>();
            for (Triple t : union) {
                if (subjects.isEmpty() || !subjects.get(subjects.size() - 1).equals(t.getSubject())) {
                    assertFalse(subjects.contains(t.getSubject()), t.getSubject() + " comes back after another");
                    subjects.add(t.getSubject());
                }
            }
            assertEquals(4, subjects.size());
        }
    }
}
