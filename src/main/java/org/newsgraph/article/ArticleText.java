package org.newsgraph.article;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Turns the bytes of an article file into text, refusing what the archive never holds: empty, oversized or binary
 * files, anything that is not UTF-8 (UTF-16, GBK), a byte order mark, CR line ends, control and bidi-override
 * characters and overlong lines. The archive is UTF-8 with LF line ends; a file that differs has been through a
 * tool that may have changed more, so it is rejected rather than repaired.
 */
final class ArticleText {

    /**
     * The largest article file read: real ones are a few KB (the bundled corpus's largest is 30 KB), so 2 MiB is
     * generous, and a file beyond it is refused before it is read into memory.
     */
    static final long MAX_BYTES = 2L << 20;
    /** The longest line: the archive's paragraphs are a few thousand characters at most (bundled: 2,475). */
    static final int MAX_LINE_CHARS = 65_536;
    /** How much of a file with NUL bytes is looked at to tell UTF-16 from binary data. */
    private static final int UTF16_SAMPLE = 4_096;

    private ArticleText() {}

    /** The reason a file of {@code size} bytes is refused before it is read, or null when it may be read. */
    static String tooLarge(long size) {
        return size <= MAX_BYTES ? null
            : "file of " + size + " bytes; an article file is at most " + MAX_BYTES + " bytes (2 MiB)";
    }

    static String decode(String source, byte[] bytes) throws ArticleFormatException {
        String tooLarge = tooLarge(bytes.length);
        if (tooLarge != null)
            throw new ArticleFormatException(source, 1, tooLarge);
        if (bytes.length == 0)
            throw new ArticleFormatException(source, 1, "empty file");
        if (bytes.length >= 2 && ((bytes[0] & 0xFF) == 0xFF && (bytes[1] & 0xFF) == 0xFE
            || (bytes[0] & 0xFF) == 0xFE && (bytes[1] & 0xFF) == 0xFF))
            throw new ArticleFormatException(source, 1, "not UTF-8: starts with a UTF-16 byte order mark");
        for (int i = 0; i < bytes.length; i++) {
            if (bytes[i] == 0) {
                String utf16 = utf16(bytes);
                throw new ArticleFormatException(source, lineAt(bytes, i), utf16 != null
                    ? "not UTF-8: looks like " + utf16 + " (NUL bytes between ASCII characters)"
                    : "binary file: NUL byte at offset " + i);
            }
        }
        if (bytes.length >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB && (bytes[2] & 0xFF) == 0xBF)
            throw new ArticleFormatException(source, 1, "starts with a byte order mark (U+FEFF); the archive's files have none");
        String text;
        try {
            text = utf8().decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            int offset = firstInvalidUtf8(bytes);
            throw new ArticleFormatException(source, lineAt(bytes, offset),
                "not UTF-8: invalid byte 0x" + String.format("%02X", bytes[offset] & 0xFF) + " at offset " + offset);
        }
        int cr = text.indexOf('\r');
        if (cr >= 0) {
            String kind = cr + 1 < text.length() && text.charAt(cr + 1) == '\n' ? "CRLF line end" : "CR line end";
            throw new ArticleFormatException(source, lineOf(text, cr), kind + "; the archive's files end lines with LF alone");
        }
        checkCharactersAndLines(source, text);
        if (text.isBlank())
            throw new ArticleFormatException(source, 1, "empty file (only white space)");
        return text;
    }

    /**
     * Refuses characters that no text of the archive holds and that would be stored in literals: C0 and C1 controls
     * other than tab and line feed (they break XML dumps and terminals), DEL, bidi embeddings, overrides and
     * isolates (they make a title read as something else), a byte order mark within the text and the
     * noncharacters U+FFFE and U+FFFF.
     */
    private static void checkCharactersAndLines(String source, String text) throws ArticleFormatException {
        int line = 1;
        int lineStart = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\n') {
                line++;
                lineStart = i + 1;
                continue;
            }
            if (i - lineStart >= MAX_LINE_CHARS)
                throw new ArticleFormatException(source, line, "line longer than " + MAX_LINE_CHARS + " characters");
            if (isForbidden(c))
                throw new ArticleFormatException(source, line, String.format("%s U+%04X at column %d; the archive's "
                    + "texts have none", describe(c), (int) c, text.codePointCount(lineStart, i) + 1));
        }
    }

    /** True for a character refused in a file, or in a file name. */
    static boolean isForbidden(int c) {
        return c < 0x20 && c != '\t' && c != '\n' || c >= 0x7F && c <= 0x9F || c >= 0x202A && c <= 0x202E
            || c >= 0x2066 && c <= 0x2069 || c == 0xFEFF || c == 0xFFFE || c == 0xFFFF;
    }

    static String describe(int c) {
        return c >= 0x202A ? (c == 0xFEFF ? "byte order mark" : c >= 0xFFFE ? "noncharacter" : "bidi control character")
            : "control character";
    }

    private static CharsetDecoder utf8() {
        return StandardCharsets.UTF_8.newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT);
    }

    /**
     * "UTF-16LE" or "UTF-16BE" when the start of the file looks like text in UTF-16 (a NUL byte beside each ASCII
     * character, mostly on one side), else null.
     */
    private static String utf16(byte[] bytes) {
        int n = Math.min(bytes.length, UTF16_SAMPLE) & ~1;
        int evenNul = 0;
        int oddNul = 0;
        for (int i = 0; i < n; i += 2) {
            if (bytes[i] == 0)
                evenNul++;
            if (bytes[i + 1] == 0)
                oddNul++;
        }
        // Some characters have a NUL byte of their own (U+3000 is 00 30 in UTF-16LE): the other side must be rarer.
        if (n == 0 || Math.max(evenNul, oddNul) < n / 8 || Math.min(evenNul, oddNul) > Math.max(evenNul, oddNul) / 4)
            return null;
        return oddNul > evenNul ? "UTF-16LE" : "UTF-16BE";
    }

    /** Offset of the first byte that does not start or continue a well-formed UTF-8 sequence. */
    private static int firstInvalidUtf8(byte[] bytes) {
        ByteBuffer in = ByteBuffer.wrap(bytes);
        CoderResult result = utf8().decode(in, CharBuffer.allocate(bytes.length + 1), true);
        return result.isError() ? in.position() : bytes.length - 1;
    }

    private static int lineAt(byte[] bytes, int offset) {
        int line = 1;
        for (int i = 0; i < offset && i < bytes.length; i++)
            if (bytes[i] == '\n')
                line++;
        return line;
    }

    private static int lineOf(String text, int index) {
        int line = 1;
        for (int i = 0; i < index; i++)
            if (text.charAt(i) == '\n')
                line++;
        return line;
    }
}
