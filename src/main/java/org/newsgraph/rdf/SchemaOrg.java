package org.newsgraph.rdf;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;

/**
 * The schema.org terms newsgraph uses, in the {@code https://schema.org/} namespace of schema.org 30.0. Each term
 * is checked against the published vocabulary by the test suite, including the types it is used on.
 */
public final class SchemaOrg {
    public static final String NS = "https://schema.org/";

    // Types
    public static final Node NewsArticle = uri("NewsArticle");
    public static final Node NewsMediaOrganization = uri("NewsMediaOrganization");
    public static final Node Periodical = uri("Periodical");
    public static final Node PublicationIssue = uri("PublicationIssue");
    public static final Node Person = uri("Person");
    public static final Node ImageObject = uri("ImageObject");
    public static final Node AdministrativeArea = uri("AdministrativeArea");
    public static final Node City = uri("City");
    public static final Node Country = uri("Country");
    public static final Node Organization = uri("Organization");
    public static final Node Event = uri("Event");
    public static final Node Product = uri("Product");
    public static final Node DefinedTerm = uri("DefinedTerm");
    public static final Node Intangible = uri("Intangible");
    public static final Node QuantitativeValue = uri("QuantitativeValue");

    // Properties
    public static final Node about = uri("about");
    public static final Node areaServed = uri("areaServed");
    public static final Node articleBody = uri("articleBody");
    public static final Node author = uri("author");
    public static final Node caption = uri("caption");
    public static final Node containedInPlace = uri("containedInPlace");
    public static final Node creator = uri("creator");
    public static final Node creditText = uri("creditText");
    public static final Node dateline = uri("dateline");
    public static final Node datePublished = uri("datePublished");
    public static final Node headline = uri("headline");
    public static final Node identifier = uri("identifier");
    public static final Node image = uri("image");
    public static final Node inLanguage = uri("inLanguage");
    public static final Node isPartOf = uri("isPartOf");
    public static final Node latitude = uri("latitude");
    public static final Node mentions = uri("mentions");
    public static final Node maxValue = uri("maxValue");
    public static final Node minValue = uri("minValue");
    public static final Node parentOrganization = uri("parentOrganization");
    public static final Node longitude = uri("longitude");
    public static final Node name = uri("name");
    public static final Node organizer = uri("organizer");
    public static final Node alternateName = uri("alternateName");
    public static final Node printPage = uri("printPage");
    public static final Node printSection = uri("printSection");
    public static final Node publisher = uri("publisher");
    public static final Node sourceOrganization = uri("sourceOrganization");
    public static final Node startDate = uri("startDate");
    public static final Node text = uri("text");
    public static final Node translationOfWork = uri("translationOfWork");
    public static final Node unitCode = uri("unitCode");
    public static final Node unitText = uri("unitText");
    public static final Node value = uri("value");
    public static final Node workTranslation = uri("workTranslation");

    private SchemaOrg() {}

    private static Node uri(String local) { return NodeFactory.createURI(NS + local); }
}
