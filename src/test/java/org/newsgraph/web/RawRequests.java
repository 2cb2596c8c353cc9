package org.newsgraph.web;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * HTTP/1.1 requests written byte for byte on a socket, so that a test can send what a well-behaved client refuses to:
 * any method, {@code ..} and backslashes in the path, bodies on any method. Each request closes its connection.
 */
final class RawRequests {

    private static final int TIMEOUT_MILLIS = 60_000;

    private final int port;

    RawRequests(int port) { this.port = port; }

    /** An answer: its status, headers (names in lower case, last value kept) and body, de-chunked. */
    record Answer(int status, Map<String, String> headers, String body) {
        Optional<String> header(String name) { return Optional.ofNullable(headers.get(name.toLowerCase(Locale.ROOT))); }

        boolean isHtml() { return header("Content-Type").orElse("").toLowerCase(Locale.ROOT).startsWith("text/html"); }

        @Override
        public String toString() {
            return status + " " + header("Content-Type").orElse("(no type)") + " "
                + (body.length() > 300 ? body.substring(0, 300) + "…" : body);
        }
    }

    /** Sends {@code method target} (the request target as written, not re-encoded) with the headers and body. */
    Answer send(String method, String target, Map<String, String> headers, byte[] body) throws IOException {
        try (Socket socket = new Socket(InetAddress.getLoopbackAddress(), port)) {
            socket.setSoTimeout(TIMEOUT_MILLIS);
            StringBuilder head = new StringBuilder(method).append(' ').append(target).append(" HTTP/1.1\r\n")
                .append("Host: localhost:").append(port).append("\r\n").append("Connection: close\r\n");
            headers.forEach((name, value) -> head.append(name).append(": ").append(value).append("\r\n"));
            if (body.length > 0 || !method.equals("GET") && !method.equals("HEAD") && !method.equals("TRACE"))
                head.append("Content-Length: ").append(body.length).append("\r\n");
            head.append("\r\n");
            OutputStream out = socket.getOutputStream();
            out.write(head.toString().getBytes(StandardCharsets.UTF_8));
            out.write(body);
            out.flush();
            return parse(socket.getInputStream().readAllBytes(), method.equals("HEAD"));
        }
    }

    Answer get(String target, String accept) throws IOException {
        return send("GET", target, accept == null ? Map.of() : Map.of("Accept", accept), new byte[0]);
    }

    private static Answer parse(byte[] raw, boolean head) throws IOException {
        int end = indexOf(raw, "\r\n\r\n".getBytes(StandardCharsets.ISO_8859_1), 0);
        if (end < 0)
            throw new IOException("no complete HTTP head in " + raw.length + " bytes");
        String[] lines = new String(raw, 0, end, StandardCharsets.ISO_8859_1).split("\r\n");
        int status = Integer.parseInt(lines[0].split(" ")[1]);
        Map<String, String> headers = new LinkedHashMap<>();
        for (int i = 1; i < lines.length; i++) {
            int colon = lines[i].indexOf(':');
            headers.put(lines[i].substring(0, colon).trim().toLowerCase(Locale.ROOT), lines[i].substring(colon + 1).trim());
        }
        byte[] body = new byte[0];
        if (!head) {
            body = Arrays.copyOfRange(raw, end + 4, raw.length);
            if ("chunked".equalsIgnoreCase(headers.get("transfer-encoding")))
                body = dechunk(body);
        }
        return new Answer(status, headers, new String(body, StandardCharsets.UTF_8));
    }

    private static byte[] dechunk(byte[] chunked) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int at = 0;
        while (true) {
            int lineEnd = indexOf(chunked, "\r\n".getBytes(StandardCharsets.ISO_8859_1), at);
            if (lineEnd < 0)
                throw new IOException("a chunk without its size line");
            String size = new String(chunked, at, lineEnd - at, StandardCharsets.ISO_8859_1).split(";")[0].trim();
            int length = Integer.parseInt(size, 16);
            if (length == 0)
                return out.toByteArray();
            out.write(chunked, lineEnd + 2, length);
            at = lineEnd + 2 + length + 2;
        }
    }

    private static int indexOf(byte[] data, byte[] what, int from) {
        outer:
        for (int i = from; i <= data.length - what.length; i++) {
            for (int j = 0; j < what.length; j++)
                if (data[i + j] != what[j])
                    continue outer;
            return i;
        }
        return -1;
    }
}
