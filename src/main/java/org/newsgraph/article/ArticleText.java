package org.newsgraph.article;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Turns the bytes of an article file into text, refusing what the archive never holds: empty or binary files,
 * anything that is not UTF-8, a byte order mark, and CR line ends. The archive is UTF-8 with LF line ends; a file
 * that differs has been through a tool that may have changed more, so it is rejected rather than repaired.
 */
final class ArticleText {

    private ArticleText() {}

    static String decode(String source, byte[] bytes) throws ArticleFormatException {
        if (bytes.length == 0)
            throw new ArticleFormatException(source, 1, "empty file");
        for (int i = 0; i < bytes.length; i++) {
            if (bytes[i] == 0)
                throw new ArticleFormatException(source, lineAt(bytes, i), "binary file: NUL byte at offset " + i);
        }
        if (bytes.length >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB && (bytes[2] & 0xFF) == 0xBF)
            throw new ArticleFormatException(source, 1, "starts with a byte order mark (U+FEFF); the archive's files have none");
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes);
        String text;
        try {
            text = decoder.decode(in).toString();
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
        if (text.isBlank())
            throw new ArticleFormatException(source, 1, "empty file (only white space)");
        return text;
    }

    /** Offset of the first byte that does not start or continue a well-formed UTF-8 sequence. */
    private static int firstInvalidUtf8(byte[] bytes) {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes);
        var out = java.nio.CharBuffer.allocate(bytes.length + 1);
        var result = decoder.decode(in, out, true);
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
