package org.newsgraph.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.newsgraph.article.Span;

/**
 * Extraction on the held-out articles, scored against their hand-made gold; the report is written to
 * {@code target/heldout-report.md}.
 */
class HeldOutEvaluationTest {

    static final Path HELD_OUT = Path.of("src/test/resources/heldout");
    static final Path REPORT = Path.of("target/heldout-report.md");

    // What extraction reaches on the set, rounded down to two decimals (docs/evaluation.md). They are raised as
    // extraction improves; a change that falls below one is a regression on unseen articles.
    static final double MENTION_PRECISION_FLOOR = 0.96;
    static final double MENTION_RECALL_FLOOR = 0.68;
    static final double LINK_PRECISION_FLOOR = 0.93;
    static final double LINK_RECALL_FLOOR = 0.97;
    static final double FIGURE_PRECISION_FLOOR = 0.88;
    static final double FIGURE_RECALL_FLOOR = 0.74;

    static HeldOutEvaluation evaluation;

    @BeforeAll
    static void build() throws Exception {
        evaluation = HeldOutEvaluation.builder().articles(HELD_OUT.resolve("articles")).gold(HELD_OUT.resolve("gold"))
            .authority(Path.of("rdf")).gazetteerSources(Path.of("rdf/sources/gazetteer")).build();
    }

    @Test
    void goldIsWellFormed() {
        assertEquals(List.of(), evaluation.goldProblems());
    }

    @Test
    void occurrencesCountMatchesInsideLongerWords() {
        assertEquals(Optional.of(new Span(4, 6)), GoldSet.occurrence("武安县，武安", "武安", 2));
        assertEquals(Optional.of(new Span(0, 2)), GoldSet.occurrence("武安县，武安", "武安", 1));
        assertEquals(Optional.empty(), GoldSet.occurrence("武安县，武安", "武安", 3));
        assertEquals(Optional.empty(), GoldSet.occurrence("武安县，武安", "武安", 0));
    }

    @Test
    void scoresReachTheirFloors() throws Exception {
        HeldOutEvaluation.Result result = evaluation.evaluate();
        Files.createDirectories(REPORT.getParent());
        Files.writeString(REPORT, result.report());
        assertTrue(result.mentions().precision() >= MENTION_PRECISION_FLOOR, "mentions " + result.mentions());
        assertTrue(result.mentions().recall() >= MENTION_RECALL_FLOOR, "mentions " + result.mentions());
        assertTrue(result.links().precision() >= LINK_PRECISION_FLOOR, "links " + result.links());
        assertTrue(result.links().recall() >= LINK_RECALL_FLOOR, "links " + result.links());
        assertTrue(result.figures().precision() >= FIGURE_PRECISION_FLOOR, "figures " + result.figures());
        assertTrue(result.figures().recall() >= FIGURE_RECALL_FLOOR, "figures " + result.figures());
    }
}
