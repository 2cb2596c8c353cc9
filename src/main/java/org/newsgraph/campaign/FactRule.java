package org.newsgraph.campaign;

/**
 * One kind of claim and how to read it from a Chinese sentence. Rules run in a fixed order over an article, each
 * seeing the facts found before it (a target can name the meeting that set it; an output the target it answers).
 */
interface FactRule {

    /** Adds to {@code context} the facts this rule reads in {@code sentence}, or what it left out. */
    void read(Sentence sentence, FactContext context);
}
