package org.newsgraph.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;

import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.system.Txn;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsgraph.TestCorpus;

/** Every span an annotation points to can be re-read from the stored text with SPARQL alone. */
class EvidenceTest {

    @TempDir
    Path dir;

    @Test
    void everySpansWordsAreTheSubstringItsOffsetsGive() {
        try (NewsgraphStore store = NewsgraphStore.open(dir.resolve("tdb2"))) {
            TestCorpus.loadInto(store);
            String counts = """
                PREFIX oa: <http://www.w3.org/ns/oa#>
                PREFIX nif: <http://persistence.uni-leipzig.org/nlp2rdf/ontologies/nif-core#>
                PREFIX schema: <https://schema.org/>
                SELECT (COUNT(*) AS ?all) (SUM(IF(?read = ?words, 1, 0)) AS ?reread)
                       (SUM(IF(STR(?span) = ?fragment, 1, 0)) AS ?named) WHERE {
                  ?a a oa:Annotation ; oa:hasTarget ?span .
                  ?span nif:beginIndex ?begin ; nif:endIndex ?end ; nif:anchorOf ?words .
                  BIND(IRI(STRBEFORE(STR(?span), "#")) AS ?article)
                  ?article schema:articleBody ?body .
                  BIND(SUBSTR(STR(?body), ?begin + 1, ?end - ?begin) AS ?read)
                  BIND(CONCAT(STR(?article), "#char=", STR(?begin), ",", STR(?end)) AS ?fragment)
                }""";
            var row = Txn.calculateRead(store.dataset(), () -> QueryExec.dataset(store.dataset()).query(counts).select().next());
            long all = ((Number) row.get("all").getLiteralValue()).longValue();
            long reread = ((Number) row.get("reread").getLiteralValue()).longValue();
            long named = ((Number) row.get("named").getLiteralValue()).longValue();
            assertTrue(all > 300, "targets: " + all);
            assertEquals(all, reread, "targets whose words SUBSTR re-reads");
            assertEquals(all, named, "targets named by the RFC 5147 fragment of their offsets");
        }
    }
}
