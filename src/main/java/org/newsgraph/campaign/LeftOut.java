package org.newsgraph.campaign;

import java.util.Objects;

/**
 * A sentence that looks like a claim but that no rule could read without guessing: left out and counted, never
 * stored as a fact.
 *
 * @param sentence the Chinese sentence
 * @param reason   why it was left out, e.g. "target with no commodity"
 */
public record LeftOut(Sentence sentence, String reason) {
    public LeftOut {
        Objects.requireNonNull(sentence, "sentence");
        Objects.requireNonNull(reason, "reason");
    }
}
