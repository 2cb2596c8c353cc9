package org.newsgraph.rdf;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.newsgraph.extract.ExtractionMethod;

/**
 * newsgraph's own ontology ({@code ontology/newsgraph.ttl}): what schema.org has no term for. The namespace is
 * fixed, whatever base a deployment publishes its data under.
 */
public final class NG {
    public static final String NS = "https://w3id.org/newsgraph/ns#";

    // Classes
    public static final Node GlossaryEntry = uri("GlossaryEntry");
    public static final Node LinkStatus = uri("LinkStatus");
    public static final Node Commodity = uri("Commodity");
    public static final Node UnitOfMeasure = uri("UnitOfMeasure");

    // Kinds of place
    public static final Node Province = uri("Province");
    public static final Node AutonomousRegion = uri("AutonomousRegion");
    public static final Node Municipality = uri("Municipality");
    public static final Node Region = uri("Region");
    public static final Node Prefecture = uri("Prefecture");
    public static final Node AutonomousPrefecture = uri("AutonomousPrefecture");
    public static final Node League = uri("League");
    public static final Node City = uri("City");
    public static final Node PrefectureLevelCity = uri("PrefectureLevelCity");
    public static final Node CountyLevelCity = uri("CountyLevelCity");
    public static final Node County = uri("County");
    public static final Node AutonomousCounty = uri("AutonomousCounty");
    public static final Node District = uri("District");
    public static final Node Banner = uri("Banner");
    public static final Node AutonomousBanner = uri("AutonomousBanner");
    public static final Node NameInUse = uri("NameInUse");

    // How an annotation was found
    public static final Node ExtractionMethod = uri("ExtractionMethod");
    public static final Node gazetteerMatch = uri("gazetteerMatch");
    public static final Node composition = uri("composition");
    public static final Node nameRecognition = uri("nameRecognition");
    public static final Node campaignPattern = uri("campaignPattern");
    public static final Node TimeReference = uri("TimeReference");

    // Link statuses
    public static final Node Verified = uri("Verified");
    public static final Node VerifiedWithCaveat = uri("VerifiedWithCaveat");
    public static final Node Extracted = uri("Extracted");
    public static final Node Reconciled = uri("Reconciled");
    public static final Node NotFound = uri("NotFound");

    // Properties
    public static final Node column = uri("column");
    public static final Node confidence = uri("confidence");
    public static final Node candidate = uri("candidate");
    public static final Node date = uri("date");
    public static final Node from = uri("from");
    public static final Node to = uri("to");
    public static final Node ratePeriod = uri("ratePeriod");
    public static final Node method = uri("method");
    public static final Node datelineName = uri("datelineName");
    public static final Node glossaryEntry = uri("glossaryEntry");
    public static final Node linkStatus = uri("linkStatus");
    public static final Node linkConfidence = uri("linkConfidence");
    public static final Node gbCode = uri("gbCode");
    public static final Node existedFrom = uri("existedFrom");
    public static final Node existedUntil = uri("existedUntil");
    public static final Node nameInUse = uri("nameInUse");
    public static final Node inUseFrom = uri("inUseFrom");
    public static final Node inUseUntil = uri("inUseUntil");
    public static final Node statedAuthor = uri("statedAuthor");
    public static final Node statedDatePublished = uri("statedDatePublished");
    public static final Node statedPrintPage = uri("statedPrintPage");
    public static final Node translationAgent = uri("translationAgent");
    public static final Node contentSha256 = uri("contentSha256");
    public static final Node sourceSha256 = uri("sourceSha256");

    private NG() {}

    /** The individual of {@code ng:ExtractionMethod} that stands for {@code method}. */
    public static Node method(ExtractionMethod method) {
        return switch (method) {
            case GAZETTEER_MATCH -> gazetteerMatch;
            case COMPOSITION -> composition;
            case NAME_RECOGNITION -> nameRecognition;
            case CAMPAIGN_PATTERN -> campaignPattern;
        };
    }

    private static Node uri(String local) { return NodeFactory.createURI(NS + local); }
}
