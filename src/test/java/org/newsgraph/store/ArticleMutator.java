package org.newsgraph.store;

import java.io.ByteArrayOutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.regex.Pattern;

/**
 * Breaks real article files the ways files get broken: bytes flipped, inserted or deleted, lines deleted,
 * duplicated or swapped, a cut at any byte, another encoding, header values replaced by hostile ones, and stray
 * control or formatting characters. Every mutant of a case comes from that case's own seed, so one case can be
 * reproduced alone.
 */
final class ArticleMutator {

    /** The kinds of damage, one of which (or several, for {@link #COMBINED}) each mutant gets. */
    enum Kind { BYTE_FLIP, BYTE_INSERT, BYTE_DELETE, LINE_DELETE, LINE_DUPLICATE, LINE_SWAP, TRUNCATE, ENCODING,
        HEADER_VALUE, STRAY_CHARACTER, COMBINED }

    /** A header line of either half: the translation's fields, the headline, the original's date and page lines. */
    private static final Pattern HEADER_LINE = Pattern.compile(
        "^(?:(?:Title|Author|Date|Page|Edition|Column):.*|#{1,6} .*|\\s*[0-9０-９]{4}-.*|\\s*第.*版.*|专栏[：:].*|Original:.*|<hr.*)$");
    private static final List<String> HOSTILE_VALUES = List.of("", " ", "\u3000", "0", "-1", "00", "99999999999999999999",
        "1958-02-30", "1958-13-01", "1800-01-01", "2100-01-01", "0000-00-00", "1958-9-5", "１９５８-０９-０５", "5 September 1958",
        "第0版()", "第-1版()", "第四十九版()", "第十十版()", "第1版(((", "第1版）（", "第版()", "第99999999999版()",
        "<script>alert(1)</script>", "\"><img src=x onerror=alert(1)>", "\u202Eevil", "a\u0007b", "\u007F", "\uFEFF",
        "Title: again", "Date:", "Original:", "<hr />", "### ", "###", "**Named Entities**", "（附图片）", "(Attached picture)",
        "新华社记者　杨礼门摄", "𠀀𠀀", "x".repeat(5000), "一".repeat(3000), "\t", "专栏：", "第1版(" + "（".repeat(200) + ")");
    private static final int[] STRAY = {0x00, 0x01, 0x07, 0x08, 0x0B, 0x0C, 0x0D, 0x1B, 0x1F, 0x7F, 0x85, 0x9F, 0x200B,
        0x200E, 0x202A, 0x202E, 0x2066, 0x2069, 0x2028, 0x2029, 0xFEFF, 0xFFFD, 0xFFFE, 0xFFFF, 0xE000, 0x1F600, 0x20000,
        0x10FFFF, 0x3000, '\t', '\n', '#', ':', '：', '版', '第'};
    private static final Charset[] ENCODINGS = {Charset.forName("GBK"), Charset.forName("GB18030"),
        StandardCharsets.UTF_16LE, StandardCharsets.UTF_16BE, StandardCharsets.UTF_16, StandardCharsets.ISO_8859_1};

    private ArticleMutator() {}

    /** One mutant of {@code original}, of a kind and at places drawn from {@code random}. */
    static Mutant mutate(byte[] original, Random random) {
        Kind kind = Kind.values()[random.nextInt(Kind.values().length)];
        if (kind != Kind.COMBINED)
            return new Mutant(kind, apply(kind, original, random));
        byte[] bytes = original;
        int n = 2 + random.nextInt(3);
        for (int i = 0; i < n; i++)
            bytes = apply(Kind.values()[random.nextInt(Kind.COMBINED.ordinal())], bytes, random);
        return new Mutant(kind, bytes);
    }

    record Mutant(Kind kind, byte[] bytes) {}

    private static byte[] apply(Kind kind, byte[] b, Random random) {
        return switch (kind) {
            case BYTE_FLIP -> {
                byte[] c = b.clone();
                for (int i = 1 + random.nextInt(3); i > 0 && c.length > 0; i--)
                    c[random.nextInt(c.length)] ^= (byte) (1 + random.nextInt(255));
                yield c;
            }
            case BYTE_INSERT -> {
                byte[] insert = new byte[1 + random.nextInt(4)];
                random.nextBytes(insert);
                yield splice(b, random.nextInt(b.length + 1), 0, insert);
            }
            case BYTE_DELETE -> {
                int at = random.nextInt(b.length + 1);
                yield splice(b, at, Math.min(b.length - at, 1 + random.nextInt(4)), new byte[0]);
            }
            case TRUNCATE -> Arrays.copyOf(b, random.nextInt(b.length + 1));
            case ENCODING -> new String(b, StandardCharsets.UTF_8).getBytes(ENCODINGS[random.nextInt(ENCODINGS.length)]);
            case LINE_DELETE, LINE_DUPLICATE, LINE_SWAP, HEADER_VALUE, STRAY_CHARACTER -> text(kind, b, random);
            case COMBINED -> throw new IllegalArgumentException("a combination is of other kinds");
        };
    }

    /** The kinds that work on the decoded lines; a file that is no longer UTF-8 is changed as ISO 8859-1 bytes. */
    private static byte[] text(Kind kind, byte[] b, Random random) {
        String s = new String(b, StandardCharsets.UTF_8);
        Charset charset = Arrays.equals(s.getBytes(StandardCharsets.UTF_8), b) ? StandardCharsets.UTF_8
            : StandardCharsets.ISO_8859_1;
        List<String> lines = new ArrayList<>(Arrays.asList(new String(b, charset).split("\n", -1)));
        int i = random.nextInt(lines.size());
        switch (kind) {
            case LINE_DELETE -> lines.remove(i);
            case LINE_DUPLICATE -> lines.add(i, lines.get(i));
            case LINE_SWAP -> {
                int j = random.nextInt(lines.size());
                String t = lines.get(i);
                lines.set(i, lines.get(j));
                lines.set(j, t);
            }
            case HEADER_VALUE -> {
                List<Integer> headers = new ArrayList<>();
                for (int k = 0; k < lines.size(); k++)
                    if (HEADER_LINE.matcher(lines.get(k)).matches())
                        headers.add(k);
                int at = headers.isEmpty() ? i : headers.get(random.nextInt(headers.size()));
                String line = lines.get(at);
                int colon = line.indexOf(':');
                String value = HOSTILE_VALUES.get(random.nextInt(HOSTILE_VALUES.size()));
                lines.set(at, colon > 0 && colon < 8 && random.nextBoolean() ? line.substring(0, colon + 1) + " " + value
                    : line.startsWith("#") && random.nextBoolean() ? "### " + value : value);
            }
            case STRAY_CHARACTER -> {
                String line = lines.get(i);
                int at = line.offsetByCodePoints(0, random.nextInt(line.codePointCount(0, line.length()) + 1));
                lines.set(i, line.substring(0, at) + Character.toString(STRAY[random.nextInt(STRAY.length)])
                    + line.substring(at));
            }
            default -> throw new IllegalArgumentException(kind.toString());
        }
        return String.join("\n", lines).getBytes(charset);
    }

    private static byte[] splice(byte[] b, int at, int remove, byte[] insert) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(b.length + insert.length);
        out.write(b, 0, at);
        out.write(insert, 0, insert.length);
        out.write(b, at + remove, b.length - at - remove);
        return out.toByteArray();
    }
}
