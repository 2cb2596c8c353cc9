package org.newsgraph.rdf;

import static org.newsgraph.article.Language.EN;
import static org.newsgraph.article.Language.ZH;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;

import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.newsgraph.article.Article;
import org.newsgraph.article.ArticleFormatException;
import org.newsgraph.article.GlossaryEntry;
import org.newsgraph.article.Header;
import org.newsgraph.article.Language;
import org.newsgraph.article.Photo;
import org.newsgraph.campaign.CampaignReading;
import org.newsgraph.extract.AmbiguousMention;
import org.newsgraph.extract.AnnotatedArticle;
import org.newsgraph.extract.Dateline;
import org.newsgraph.extract.EntityRef;
import org.newsgraph.extract.Mention;
import org.newsgraph.extract.ExtractionMethod;
import org.newsgraph.extract.Quantity;
import org.newsgraph.extract.TimeExpression;

/**
 * Maps an annotated article to the quads of its own named graph: the original and the translation as two
 * {@code schema:NewsArticle}s linked by {@code schema:workTranslation} / {@code schema:translationOfWork}, the
 * day's {@code schema:PublicationIssue}, authors, photos, dateline and source, and the PROV-O account of the
 * machine translation. Writes to a {@link StreamRDF}, so any sink (a store, a file) can take the output.
 * Thread-safe.
 */
public final class ArticleMapper {

    private final UriScheme uris;
    private final AuthorityData authority;

    private ArticleMapper(UriScheme uris, AuthorityData authority) {
        this.uris = uris;
        this.authority = authority;
    }

    public static Builder builder() { return new Builder(); }

    public UriScheme uris() { return uris; }

    /** The named graph an article is stored in. */
    public Node graphOf(Article article) throws ArticleFormatException {
        return uris.graph(article, archive(article));
    }

    /** The URI of an article's original. */
    public Node originalOf(Article article) throws ArticleFormatException {
        return uris.original(article, archive(article));
    }

    /**
     * Sends the quads of {@code annotated}, with the campaign facts read in it, to {@code out}; the caller starts and
     * finishes the stream.
     */
    public void map(AnnotatedArticle annotated, CampaignReading facts, StreamRDF out) throws ArticleFormatException {
        Article a = annotated.article();
        Node periodical = periodical(a);
        String archive = authority.archiveOf(periodical);
        Emitter e = new Emitter(out, uris.graph(a, archive));
        Node original = uris.original(a, archive);
        Node translation = uris.translation(a, archive);
        Header zh = a.original();
        Header en = a.translation();

        Node issue = uris.issue(archive, zh.date());
        e.add(issue, RDF.type.asNode(), SchemaOrg.PublicationIssue);
        e.add(issue, SchemaOrg.datePublished, date(zh));
        e.add(issue, SchemaOrg.isPartOf, periodical);
        for (Language lang : Language.values())
            authority.name(periodical, lang).ifPresent(n -> e.add(issue, SchemaOrg.name, lang(n + " " + zh.date(), lang)));

        e.add(original, RDF.type.asNode(), SchemaOrg.NewsArticle);
        e.add(original, SchemaOrg.inLanguage, plain(ZH.tag()));
        e.add(original, SchemaOrg.headline, lang(zh.headline(), ZH));
        e.add(original, SchemaOrg.articleBody, lang(a.originalBody().text(), ZH));
        e.add(original, SchemaOrg.datePublished, date(zh));
        zh.page().ifPresent(p -> e.add(original, SchemaOrg.printPage, plain(Integer.toString(p))));
        zh.section().ifPresent(s -> e.add(original, SchemaOrg.printSection, lang(s, ZH)));
        zh.column().ifPresent(c -> e.add(original, NG.column, lang(c, ZH)));
        e.add(original, SchemaOrg.isPartOf, issue);
        authority.publisher(periodical).ifPresent(p -> e.add(original, SchemaOrg.publisher, p));
        e.add(original, SchemaOrg.identifier, plain(a.path().archivePath()));
        e.add(original, SchemaOrg.workTranslation, translation);

        e.add(translation, RDF.type.asNode(), SchemaOrg.NewsArticle);
        e.add(translation, SchemaOrg.inLanguage, plain(EN.tag()));
        e.add(translation, SchemaOrg.headline, lang(en.headline(), EN));
        e.add(translation, SchemaOrg.articleBody, lang(a.translationBody().text(), EN));
        e.add(translation, SchemaOrg.translationOfWork, original);
        en.column().ifPresent(c -> e.add(translation, NG.column, lang(c, EN)));
        if (!en.date().equals(zh.date()))
            e.add(translation, NG.statedDatePublished, date(en));
        en.page().filter(p -> !en.page().equals(zh.page()))
            .ifPresent(p -> e.add(translation, NG.statedPrintPage, plain(Integer.toString(p))));
        machineTranslation(e, periodical, original, translation);

        List<Node> authors = persons(e, original, "author", zh.authors(), en.authors());
        for (Node author : authors) {
            e.add(original, SchemaOrg.author, author);
            e.add(translation, SchemaOrg.author, author);
        }
        if (zh.authors().size() != en.authors().size())
            en.authors().forEach(name -> e.add(translation, NG.statedAuthor, lang(name, EN)));

        dateline(e, original, annotated.dateline(), ZH);
        dateline(e, translation, annotated.datelineEn(), EN);

        int n = 0;
        for (Photo photo : a.photos()) {
            Node image = UriScheme.fragment(original, "photo-" + (++n));
            e.add(image, RDF.type.asNode(), SchemaOrg.ImageObject);
            photo.captionZh().ifPresent(c -> e.add(image, SchemaOrg.caption, lang(c, ZH)));
            photo.captionEn().ifPresent(c -> e.add(image, SchemaOrg.caption, lang(c, EN)));
            photo.creditZh().ifPresent(c -> e.add(image, SchemaOrg.creditText, lang(c, ZH)));
            // A picture item's byline names the people who made the picture: the same people, not new ones.
            List<Node> creators = photo.creatorsZh().equals(zh.authors()) && !zh.authors().isEmpty()
                ? authors : persons(e, image, "creator", photo.creatorsZh(), photo.creatorsEn());
            creators.forEach(c -> e.add(image, SchemaOrg.creator, c));
            e.add(original, SchemaOrg.image, image);
            e.add(translation, SchemaOrg.image, image);
        }

        extracted(e, annotated, facts, original, translation);

        int g = 0;
        for (GlossaryEntry entry : a.glossary()) {
            Node term = UriScheme.fragment(translation, "glossary-" + (++g));
            e.add(term, RDF.type.asNode(), NG.GlossaryEntry);
            e.add(term, RDFS.label.asNode(), lang(entry.chinese(), ZH));
            e.add(term, RDFS.label.asNode(), lang(entry.english(), EN));
            e.add(translation, NG.glossaryEntry, term);
        }
    }

    /**
     * What the extraction stage and the campaign rules found, through one evidence writer, so that a span is written
     * once however many mentions, amounts, dates and facts it supports.
     */
    private static void extracted(Emitter e, AnnotatedArticle annotated, CampaignReading facts, Node original,
                                  Node translation) {
        EvidenceWriter evidence = new EvidenceWriter(e);
        ValueNodes values = new ValueNodes(annotated, original, translation);
        mentions(e, evidence, annotated, original, translation);
        quantities(e, evidence, values, annotated, original, translation);
        dates(e, evidence, values, annotated, original, translation);
        new CampaignMapper(e, evidence, values, original, translation, annotated.article().original().date())
            .map(facts);
    }

    /**
     * The mentions as Web Annotations: one per entity, method and confidence, whose targets are all the words of
     * both texts that name it, numbered under the original in the order extraction found them. The article
     * schema:mentions every entity it names, and is schema:about the places extraction found it to be about.
     */
    private static void mentions(Emitter e, EvidenceWriter evidence, AnnotatedArticle annotated, Node original,
                                 Node translation) {
        Set<String> described = new HashSet<>();
        Set<List<Node>> mentioned = new HashSet<>();
        Map<Identification, Set<Node>> identifications = new LinkedHashMap<>();
        for (Mention m : annotated.mentions()) {
            Node article = m.lang() == ZH ? original : translation;
            Node entity = entity(m.entity(), original);
            identifications.computeIfAbsent(new Identification(entity, m.method(), m.confidence()), k -> new LinkedHashSet<>())
                .add(evidence.span(article, m.span(), m.text()));
            if (mentioned.add(List.of(article, entity)))
                e.add(article, SchemaOrg.mentions, entity);
            if (m.entity().isComposed() && described.add(m.entity().iri()))
                composedOrganisation(e, m.entity());
            if (m.entity().isLocal() && described.add(m.entity().iri()))
                localPerson(e, entity, m.entity());
        }
        // Words that name one of several places: an annotation with the candidates and no body, linked to none.
        Map<Set<Node>, Set<Node>> ambiguous = new LinkedHashMap<>();
        for (AmbiguousMention m : annotated.ambiguous()) {
            Set<Node> candidates = new LinkedHashSet<>();
            m.candidates().forEach(c -> candidates.add(NodeFactory.createURI(c.iri())));
            ambiguous.computeIfAbsent(candidates, k -> new LinkedHashSet<>())
                .add(evidence.span(m.lang() == ZH ? original : translation, m.span(), m.text()));
        }
        int n = 0;
        for (Map.Entry<Identification, Set<Node>> i : identifications.entrySet()) {
            Identification what = i.getKey();
            evidence.annotation(UriScheme.fragment(original, "mention-" + (++n)), what.entity(), what.method(),
                OptionalDouble.of(what.confidence()), i.getValue());
        }
        for (Map.Entry<Set<Node>, Set<Node>> a : ambiguous.entrySet())
            evidence.ambiguous(UriScheme.fragment(original, "mention-" + (++n)), a.getKey(),
                ExtractionMethod.GAZETTEER_MATCH, a.getValue());
        for (String place : annotated.about()) {
            e.add(original, SchemaOrg.about, NodeFactory.createURI(place));
            e.add(translation, SchemaOrg.about, NodeFactory.createURI(place));
        }
    }

    /** The resource an entity is: a gazetteer's or composed IRI, or a fragment of the original for a local one. */
    static Node entity(EntityRef ref, Node original) {
        return ref.isLocal() ? UriScheme.fragment(original, ref.iri().substring(1)) : NodeFactory.createURI(ref.iri());
    }

    /** What the words of one mention annotation say: which entity they name, found how, and how surely. */
    private record Identification(Node entity, ExtractionMethod method, double confidence) {}

    /** Each amount as a schema:QuantitativeValue, derived from the words that state it. */
    private static void quantities(Emitter e, EvidenceWriter evidence, ValueNodes values, AnnotatedArticle annotated,
                                   Node original, Node translation) {
        for (Quantity q : annotated.quantities()) {
            Node article = q.lang() == ZH ? original : translation;
            Node value = values.of(q);
            e.add(value, RDF.type.asNode(), SchemaOrg.QuantitativeValue);
            q.value().ifPresent(v -> e.add(value, SchemaOrg.value, Decimals.of(v)));
            q.min().ifPresent(v -> e.add(value, SchemaOrg.minValue, Decimals.of(v)));
            q.max().ifPresent(v -> e.add(value, SchemaOrg.maxValue, Decimals.of(v)));
            q.unitCode().ifPresent(c -> e.add(value, SchemaOrg.unitCode, plain(c)));
            q.unitText().ifPresent(t -> e.add(value, SchemaOrg.unitText, plain(t)));
            q.per().ifPresent(p -> e.add(value, NG.ratePeriod, NodeFactory.createLiteralDT(switch (p) {
                case HOUR -> "PT1H";
                case DAY -> "P1D";
                case MONTH -> "P1M";
                case YEAR -> "P1Y";
            }, XSDDatatype.XSDduration)));
            evidence.derivation(value, evidence.span(article, q.span(), q.text()));
        }
    }

    /** Each date or period as an ng:TimeReference, resolved where it can be, derived from its words. */
    private static void dates(Emitter e, EvidenceWriter evidence, ValueNodes values, AnnotatedArticle annotated,
                              Node original, Node translation) {
        for (TimeExpression t : annotated.dates()) {
            Node article = t.lang() == ZH ? original : translation;
            Node time = values.of(t);
            e.add(time, RDF.type.asNode(), NG.TimeReference);
            t.value().ifPresent(d -> e.add(time, NG.date, xsdDate(d)));
            t.from().ifPresent(d -> e.add(time, NG.from, xsdDate(d)));
            t.to().ifPresent(d -> e.add(time, NG.to, xsdDate(d)));
            evidence.derivation(time, evidence.span(article, t.span(), t.text()));
        }
    }

    /**
     * A person the gazetteer does not know, named in the original (and in the translation, when it spells the name):
     * an unlinked entity of this article.
     */
    private static void localPerson(Emitter e, Node person, EntityRef ref) {
        e.add(person, RDF.type.asNode(), SchemaOrg.Person);
        e.add(person, SchemaOrg.name, lang(ref.labelZh(), ZH));
        if (!ref.labelEn().isEmpty())
            e.add(person, SchemaOrg.name, lang(ref.labelEn(), EN));
        e.add(person, NG.linkStatus, NG.NotFound);
    }

    /** An organisation named after a place (a party or people's committee): minted, never linked to Wikidata. */
    private static void composedOrganisation(Emitter e, EntityRef org) {
        Node s = NodeFactory.createURI(org.iri());
        e.add(s, RDF.type.asNode(), SchemaOrg.Organization);
        if (!org.labelZh().isEmpty())
            e.add(s, SchemaOrg.name, lang(org.labelZh(), ZH));
        if (!org.labelEn().isEmpty())
            e.add(s, SchemaOrg.name, lang(org.labelEn(), EN));
        org.parentOrganization().ifPresent(p -> e.add(s, SchemaOrg.parentOrganization, NodeFactory.createURI(p)));
        org.areaServed().ifPresent(p -> e.add(s, SchemaOrg.areaServed, NodeFactory.createURI(p)));
        e.add(s, NG.linkStatus, NG.NotFound);
    }

    static Node xsdDate(java.time.LocalDate d) {
        return NodeFactory.createLiteralDT(d.toString(), XSDDatatype.XSDdate);
    }

    private void machineTranslation(Emitter e, Node periodical, Node original, Node translation) {
        Node activity = UriScheme.fragment(translation, "translation");
        e.add(translation, Prov.wasGeneratedBy, activity);
        e.add(activity, RDF.type.asNode(), Prov.Activity);
        e.add(activity, Prov.used, original);
        authority.translationAgent(periodical).ifPresent(agent -> e.add(activity, Prov.wasAssociatedWith, agent));
    }

    /**
     * People named in one article, as resources of that article: a name alone does not tell whether two
     * articles mean the same person. Chinese and English names are paired by position when both lists are equally
     * long; otherwise only the Chinese names are used.
     */
    private static List<Node> persons(Emitter e, Node owner, String role, List<String> zh, List<String> en) {
        List<Node> persons = new ArrayList<>();
        boolean paired = zh.size() == en.size();
        List<String> names = zh.isEmpty() ? en : zh;
        for (int i = 0; i < names.size(); i++) {
            Node person = UriScheme.fragment(owner, role + "-" + (i + 1));
            e.add(person, RDF.type.asNode(), SchemaOrg.Person);
            if (!zh.isEmpty())
                e.add(person, SchemaOrg.name, lang(zh.get(i), ZH));
            if (paired || zh.isEmpty())
                e.add(person, SchemaOrg.name, lang(en.get(i), EN));
            persons.add(person);
        }
        return persons;
    }

    private static void dateline(Emitter e, Node article, Optional<Dateline> dateline, Language lang) {
        dateline.ifPresent(d -> {
            e.add(article, SchemaOrg.dateline, lang(d.text(), lang));
            e.add(article, SchemaOrg.sourceOrganization, NodeFactory.createURI(d.source()));
        });
    }

    private String archive(Article a) throws ArticleFormatException {
        return authority.archiveOf(periodical(a));
    }

    private Node periodical(Article a) throws ArticleFormatException {
        return authority.periodical(a.path().archive()).orElseThrow(() -> new ArticleFormatException(a.source(), 1,
            "no periodical with identifier '" + a.path().archive() + "' in the authority data"));
    }

    private static Node date(Header h) { return xsdDate(h.date()); }

    static Node lang(String text, Language lang) { return NodeFactory.createLiteralLang(text, lang.tag()); }

    private static Node plain(String text) { return NodeFactory.createLiteralString(text); }

    /** Sets the base URI and the authority data a mapper uses. */
    public static final class Builder {
        private UriScheme uris;
        private AuthorityData authority;

        private Builder() {}

        public Builder uris(UriScheme uris) {
            this.uris = Objects.requireNonNull(uris, "uris");
            return this;
        }

        public Builder authority(AuthorityData authority) {
            this.authority = Objects.requireNonNull(authority, "authority");
            return this;
        }

        public ArticleMapper build() {
            if (uris == null)
                throw new IllegalStateException("no URI scheme set");
            if (authority == null)
                throw new IllegalStateException("no authority data set");
            return new ArticleMapper(uris, authority);
        }
    }
}
