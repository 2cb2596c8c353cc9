package org.newsgraph.rdf;

import java.util.HashMap;
import java.util.Map;

import org.apache.jena.graph.Node;
import org.newsgraph.article.ArticleFormatException;
import org.newsgraph.rdf.ArticleConverter.Converted;

/**
 * The URIs given out in one run, so that two different files whose articles would get the same URI are caught
 * instead of one silently replacing the other. Not thread-safe: one per run.
 */
public final class UriClaims {

    private final Map<Node, String> archivePathByGraph = new HashMap<>();

    /** Records {@code c}'s URI, refusing it when a different file already has it in this run. */
    public void claim(Converted c) throws ArticleFormatException {
        String other = archivePathByGraph.putIfAbsent(c.graph(), c.archivePath());
        if (other != null && !other.equals(c.archivePath()))
            throw new ArticleFormatException(c.annotated().article().source(), 1,
                "same URI " + c.original().getURI() + " as " + other + " in this run");
    }
}
