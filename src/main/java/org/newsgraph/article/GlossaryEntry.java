package org.newsgraph.article;

/**
 * One line of the {@code **Named Entities**} glossary that the earliest (1946) machine translations append:
 * a Chinese term and the translation's English rendering of it.
 */
public record GlossaryEntry(String chinese, String english, int line) {}
