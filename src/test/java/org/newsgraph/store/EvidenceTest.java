package org.newsgraph.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;

import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.system.Txn;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsgraph.TestCorpus;

/** Every evidence span in the store can be re-read from the stored text with SPARQL alone. */
class EvidenceTest {

    @TempDir
    Path dir;

    @Test
    void everyAnnotationsQuoteIsTheSubstringItsPositionGives() {
        try (NewsgraphStore store = NewsgraphStore.open(dir.resolve("tdb2"))) {
            TestCorpus.loadInto(store);
            String counts = """
                PREFIX oa: <http://www.w3.org/ns/oa#>
                PREFIX schema: <https://schema.org/>
                SELECT (COUNT(*) AS ?all) (SUM(IF(?read = ?exact, 1, 0)) AS ?reread) WHERE {
                  ?a a oa:Annotation ; oa:hasTarget ?t .
                  ?t oa:hasSource ?article ; oa:hasSelector ?p, ?q .
                  ?p oa:start ?start ; oa:end ?end .
                  ?q oa:exact ?exact .
                  ?article schema:articleBody ?body .
                  BIND(SUBSTR(STR(?body), ?start + 1, ?end - ?start) AS ?read)
                }""";
            var row = Txn.calculateRead(store.dataset(), () -> QueryExec.dataset(store.dataset()).query(counts).select().next());
            long all = ((Number) row.get("all").getLiteralValue()).longValue();
            long reread = ((Number) row.get("reread").getLiteralValue()).longValue();
            assertTrue(all > 300, "annotations: " + all);
            assertEquals(all, reread, "annotations whose quote SUBSTR re-reads");
        }
    }
}
