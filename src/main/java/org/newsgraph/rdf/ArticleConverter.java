package org.newsgraph.rdf;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Objects;

import org.apache.jena.graph.Node;
import org.apache.jena.riot.system.StreamRDF;
import org.newsgraph.article.Article;
import org.newsgraph.article.ArticleFormatException;
import org.newsgraph.article.ArticleParser;
import org.newsgraph.campaign.CampaignFactFinder;
import org.newsgraph.campaign.CampaignReading;
import org.newsgraph.extract.AnnotatedArticle;
import org.newsgraph.extract.Extractor;
import org.newsgraph.extract.MentionFinder;

/**
 * The stages from a file to RDF, in order: parse, extract, read campaign facts, map. Loading, checking and dumping all convert through
 * one instance, so they agree on what an article becomes. Thread-safe.
 */
public final class ArticleConverter {

    private final ArticleParser parser;
    private final Extractor extractor;
    private final CampaignFactFinder facts;
    private final ArticleMapper mapper;

    private ArticleConverter(ArticleParser parser, Extractor extractor, CampaignFactFinder facts, ArticleMapper mapper) {
        this.parser = parser;
        this.extractor = extractor;
        this.facts = facts;
        this.mapper = mapper;
    }

    /** A converter under {@code uris}, with the authority data's names for datelines and publishers. */
    public static ArticleConverter create(UriScheme uris, AuthorityData authority) {
        return new ArticleConverter(ArticleParser.create(), new Extractor(authority.datelineFinder(), MentionFinder.create(authority.lexicon())),
            CampaignFactFinder.create(), ArticleMapper.builder().uris(uris).authority(authority).build());
    }

    public UriScheme uris() { return mapper.uris(); }

    /** The extraction stage this converter runs, for text outside any article. */
    public Extractor extractor() { return extractor; }

    /** Parses and annotates one file and reads its campaign facts; nothing is written anywhere yet. */
    public Converted read(Path file) throws IOException, ArticleFormatException {
        return convert(parser.parse(file));
    }

    /**
     * Parses and annotates the bytes of one file, as {@link #read(Path)} does the file's.
     *
     * @param source   how errors name the input
     * @param fileName the file's name, which gives the archive path and the URI slug
     */
    public Converted read(String source, String fileName, byte[] bytes) throws ArticleFormatException {
        return convert(parser.parse(source, fileName, bytes));
    }

    private Converted convert(Article article) throws ArticleFormatException {
        AnnotatedArticle annotated = extractor.annotate(article);
        return new Converted(annotated, facts.read(annotated), mapper.graphOf(article), mapper.originalOf(article));
    }

    /** Sends the quads of a converted article to {@code out}. */
    public void write(Converted converted, StreamRDF out) throws ArticleFormatException {
        mapper.map(converted.annotated(), converted.facts(), out);
    }

    /**
     * An article ready to be written.
     *
     * @param annotated the article with what extraction found
     * @param facts     the campaign facts read in it, and the sentences left out
     * @param graph     its named graph
     * @param original  the URI of its original
     */
    public record Converted(AnnotatedArticle annotated, CampaignReading facts, Node graph, Node original) {
        public Converted {
            Objects.requireNonNull(annotated, "annotated");
            Objects.requireNonNull(facts, "facts");
        }

        public String archivePath() { return annotated.article().path().archivePath(); }
    }
}
