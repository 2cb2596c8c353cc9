package org.newsgraph.eval;

import java.util.Locale;

/** Counts of one measure: correct answers, answers the system gave, answers the gold holds. */
public record Score(int correct, int system, int gold) {
    static final Score NONE = new Score(0, 0, 0);

    public double precision() { return system == 0 ? 0 : (double) correct / system; }

    public double recall() { return gold == 0 ? 0 : (double) correct / gold; }

    Score plus(Score o) { return new Score(correct + o.correct, system + o.system, gold + o.gold); }

    @Override public String toString() {
        return String.format(Locale.ROOT, "P %.3f (%d/%d), R %.3f (%d/%d)", precision(), correct, system, recall(),
            correct, gold);
    }
}
