package org.newsgraph;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.jena.graph.Node;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.sparql.exec.RowSet;
import org.apache.jena.system.Txn;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsgraph.store.NewsgraphStore;

/** The README's example queries give, on the bundled corpus, exactly the answers the README shows. */
class ReadmeExamplesTest {

    /** A SPARQL block, then (after a blank line) the markdown table of its answer. */
    private static final Pattern EXAMPLE = Pattern.compile("```sparql\\n(.*?)```\\n\\n((?:\\|[^\\n]*\\|\\n)+)", Pattern.DOTALL);

    @TempDir
    Path dir;

    @Test
    void everyExampleQueryGivesTheAnswerShown() {
        String readme = TestCorpus.read(Path.of("README.md"));
        Matcher m = EXAMPLE.matcher(readme);
        int examples = 0;
        try (NewsgraphStore store = NewsgraphStore.open(dir.resolve("tdb2"))) {
            TestCorpus.loadInto(store);
            while (m.find()) {
                examples++;
                String query = m.group(1);
                List<List<String>> table = table(m.group(2));
                List<List<String>> answer = Txn.calculateRead(store.dataset(), () -> run(store, query));
                assertEquals(table, answer, "README example " + examples + ":\n" + query);
            }
        }
        assertTrue(examples >= 3, "examples found: " + examples);
    }

    private static List<List<String>> run(NewsgraphStore store, String query) {
        RowSet rows = QueryExec.dataset(store.dataset()).query(query).select();
        List<List<String>> result = new ArrayList<>();
        result.add(rows.getResultVars().stream().map(v -> v.getVarName()).toList());
        rows.forEachRemaining(b -> result.add(rows.getResultVars().stream().map(v -> {
            Node n = b.get(v);
            return n == null ? "" : n.isLiteral() ? n.getLiteralLexicalForm() : n.toString();
        }).toList()));
        return result;
    }

    /** The cells of a markdown table, without its separator line. */
    private static List<List<String>> table(String markdown) {
        List<List<String>> rows = new ArrayList<>();
        for (String line : markdown.split("\n")) {
            if (line.matches("\\|[\\s|:-]+\\|"))
                continue;
            List<String> cells = new ArrayList<>();
            for (String cell : line.substring(1, line.length() - 1).split("\\|", -1))
                cells.add(cell.strip());
            rows.add(cells);
        }
        return rows;
    }
}
