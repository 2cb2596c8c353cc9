package org.newsgraph.extract;

/** How extraction found the words of an annotation. */
public enum ExtractionMethod {
    /** A name of the gazetteer, found by the Aho-Corasick matcher. */
    GAZETTEER_MATCH,
    /** An organisation composed from a place's name: 中共河南省委, Hunan Provincial People's Committee. */
    COMPOSITION,
    /** A person's name proposed by HanLP's name recognition and confirmed by the other text or a title. */
    NAME_RECOGNITION,
    /**
     * A campaign fact read by a pattern of the campaign's reporting from one Chinese sentence and the mentions,
     * amounts and dates found in it; its English evidence is the sentence aligned with it.
     */
    CAMPAIGN_PATTERN
}
