package org.newsgraph.web;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * The example questions the home and query pages offer: the example queries of the README (each {@code sparql}
 * block, titled by the sentence that introduces it) and the campaign ontology's competency questions
 * ({@code ontology/competency-questions/cqNN.rq}, titled by their first comment line). Both are read from the files
 * the build bundles, so the pages offer exactly the queries the README and the ontology hold.
 */
final class ExampleQueries {

    /** A query and its title. */
    record Example(String title, String query) {}

    private ExampleQueries() {}

    /** The {@code sparql} blocks of a Markdown file, each titled by the last sentence of the text before it. */
    static List<Example> ofMarkdown(Path markdown) throws IOException {
        List<String> lines = Files.readAllLines(markdown, StandardCharsets.UTF_8);
        List<Example> examples = new ArrayList<>();
        String lastText = null;
        StringBuilder paragraph = new StringBuilder();
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            if (line.strip().equals("```sparql")) {
                StringBuilder query = new StringBuilder();
                int j = i + 1;
                for (; j < lines.size() && !lines.get(j).strip().equals("```"); j++)
                    query.append(lines.get(j)).append('\n');
                if (j == lines.size())
                    throw new IOException(markdown + ":" + (i + 1) + ": sparql block without its closing ```");
                examples.add(new Example(title(lastText, markdown, i + 1), query.toString()));
                i = j;
            } else if (line.isBlank() || line.startsWith("|") || line.startsWith("```")) {
                paragraph.setLength(0);
            } else {
                paragraph.append(paragraph.length() > 0 ? " " : "").append(line.strip());
                lastText = paragraph.toString();
            }
        }
        return examples;
    }

    private static String title(String text, Path file, int line) throws IOException {
        if (text == null)
            throw new IOException(file + ":" + line + ": sparql block with no text before it to title it");
        String t = text.startsWith("#") ? text.replaceFirst("^#+\\s*", "") : text;
        String[] sentences = t.split("(?<=[.:])\\s+(?=[A-Z])");
        String last = sentences[sentences.length - 1];
        return last.endsWith(":") ? last.substring(0, last.length() - 1) : last;
    }

    /** The {@code *.rq} files of {@code folder} in name order, each titled by its first comment line. */
    static List<Example> ofQueryFiles(Path folder) throws IOException {
        List<Path> files;
        try (Stream<Path> list = Files.list(folder)) {
            files = list.filter(f -> f.getFileName().toString().endsWith(".rq")).sorted(
                (a, b) -> a.getFileName().toString().compareTo(b.getFileName().toString())).toList();
        }
        List<Example> examples = new ArrayList<>();
        for (Path f : files) {
            String query = Files.readString(f, StandardCharsets.UTF_8);
            String first = query.lines().findFirst().orElse("");
            if (!first.startsWith("#"))
                throw new IOException(f + ":1: a competency question opens with a comment that states it");
            examples.add(new Example(first.replaceFirst("^#\\s*", ""), query));
        }
        return examples;
    }
}
