/**
 * Synthetic articles for measuring newsgraph at the archive's scale: files in the archive's exact format, built
 * from real article files with other dates, pages, places, people, amounts and lengths. They are not the paper's
 * articles and must never be published as if they were.
 */
package org.newsgraph.synth;
