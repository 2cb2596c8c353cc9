package org.newsgraph.rdf;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Objects;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.sparql.core.Quad;
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
        return read(SourceFile.read(file));
    }

    /** Parses and annotates one file already read; nothing is written anywhere yet. */
    public Converted read(SourceFile file) throws ArticleFormatException {
        Path path = file.path();
        return convert(parser.parse(path.toString(), path.getFileName().toString(), file.bytes()), file.sha256());
    }

    /**
     * Parses and annotates the bytes of one file, as {@link #read(Path)} does the file's.
     *
     * @param source   how errors name the input
     * @param fileName the file's name, which gives the archive path and the URI slug
     */
    public Converted read(String source, String fileName, byte[] bytes) throws ArticleFormatException {
        return convert(parser.parse(source, fileName, bytes), SourceFile.sha256(bytes));
    }

    private Converted convert(Article article, String sourceSha256) throws ArticleFormatException {
        AnnotatedArticle annotated = extractor.annotate(article);
        return new Converted(annotated, facts.read(annotated), mapper.graphOf(article), mapper.originalOf(article),
            sourceSha256);
    }

    /** Sends the quads of a converted article, with the digest of its file, to {@code out}. */
    public void write(Converted converted, StreamRDF out) throws ArticleFormatException {
        mapper.map(converted.annotated(), converted.facts(), out);
        out.quad(Quad.create(converted.graph(), converted.original(), NG.sourceSha256,
            NodeFactory.createLiteralString(converted.sourceSha256())));
    }

    /**
     * An article ready to be written.
     *
     * @param annotated the article with what extraction found
     * @param facts     the campaign facts read in it, and the sentences left out
     * @param graph     its named graph
     * @param original  the URI of its original
     * @param sourceSha256 the SHA-256 of its file's bytes (see {@link SourceFile})
     */
    public record Converted(AnnotatedArticle annotated, CampaignReading facts, Node graph, Node original,
                            String sourceSha256) {
        public Converted {
            Objects.requireNonNull(annotated, "annotated");
            Objects.requireNonNull(facts, "facts");
            Objects.requireNonNull(sourceSha256, "sourceSha256");
        }

        public String archivePath() { return annotated.article().path().archivePath(); }
    }
}
