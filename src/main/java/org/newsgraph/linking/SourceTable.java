package org.newsgraph.linking;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/** A CSV or TSV source file with a header line, read with Apache Commons CSV; rows know their line for errors. */
final class SourceTable {

    /** Comma-separated, fields quoted where they hold a comma or a quote. */
    private static final CSVFormat CSV = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true)
        .setIgnoreEmptyLines(true).setTrim(true).get();
    /** Tab-separated without quoting: the sources' notes use quote marks as text. */
    private static final CSVFormat TSV = CSVFormat.TDF.builder().setHeader().setSkipHeaderRecord(true)
        .setQuote(null).setIgnoreEmptyLines(true).setTrim(true).get();

    /** One row: its cells by column name and the line it starts on. */
    record Row(Path file, long line, Map<String, String> cells) {
        /** The cell of {@code column}; a column the file lacks is an error. */
        String get(String column) {
            String v = cells.get(column);
            if (v == null)
                throw error("no column '" + column + "'");
            return v;
        }

        /** An error about this row, as {@code file:line: reason}. */
        IllegalArgumentException error(String reason) {
            return new IllegalArgumentException(file + ":" + line + ": " + reason);
        }
    }

    private SourceTable() {}

    static List<Row> csv(Path file) throws IOException { return read(file, CSV); }

    static List<Row> tsv(Path file) throws IOException { return read(file, TSV); }

    private static List<Row> read(Path file, CSVFormat format) throws IOException {
        List<Row> rows = new ArrayList<>();
        try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8);
             CSVParser parser = CSVParser.builder().setReader(in).setFormat(format).get()) {
            int columns = parser.getHeaderNames().size();
            for (CSVRecord record : parser) {
                // The parser has read to the end of the record: its first line is that less the breaks within it.
                Row row = new Row(file, parser.getCurrentLineNumber() - lineBreaks(record), record.toMap());
                if (record.size() != columns)
                    throw row.error(record.size() + " fields, expected " + columns);
                rows.add(row);
            }
        } catch (java.io.UncheckedIOException e) {
            throw e.getCause();
        } catch (IllegalStateException e) {
            // Commons CSV reports a malformed quote this way, with the line in its message.
            throw new IllegalArgumentException(file + ": " + e.getMessage(), e);
        }
        return rows;
    }

    private static long lineBreaks(CSVRecord record) {
        long n = 0;
        for (String v : record)
            n += v.chars().filter(c -> c == '\n').count();
        return n;
    }
}
