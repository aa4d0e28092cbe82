package id.redaksi.web;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * Sends a request exactly as written, one connection each: the request target is not encoded or checked, so a
 * test can send what a hostile client sends ({@code %zz}, {@code %FF}, a NUL escape), which {@link java.net.URI}
 * and so every HTTP client refuse to build. A header named {@code Host} replaces the site's.
 */
record Wire(int port, String host) {

    private static final int TIMEOUT_MILLIS = 10_000;

    Answer get(String target, String... headers) {
        return send("GET", target, "", headers);
    }

    Answer send(String method, String target, String body, String... headers) {
        var request = new StringBuilder(method + " " + target + " HTTP/1.1\r\n");
        boolean ownHost = false;
        for (int i = 0; i < headers.length; i += 2) {
            ownHost |= headers[i].equalsIgnoreCase("Host");
            request.append(headers[i]).append(": ").append(headers[i + 1]).append("\r\n");
        }
        if (!ownHost) {
            request.append("Host: ").append(host).append("\r\n");
        }
        if (!body.isEmpty()) {
            request.append("Content-Type: application/x-www-form-urlencoded\r\n")
                    .append("Content-Length: ")
                    .append(body.length())
                    .append("\r\n");
        }
        request.append("Connection: close\r\n\r\n").append(body);
        try (var socket = new Socket()) {
            socket.connect(new InetSocketAddress("127.0.0.1", port), TIMEOUT_MILLIS);
            socket.setSoTimeout(TIMEOUT_MILLIS);
            socket.getOutputStream().write(request.toString().getBytes(StandardCharsets.ISO_8859_1));
            socket.getOutputStream().flush();
            return Answer.parse(socket.getInputStream().readAllBytes());
        } catch (IOException e) {
            throw new UncheckedIOException(method + " " + target, e);
        }
    }

    /** The status, the headers (lower-case names, the last of each) and the body, de-chunked. */
    record Answer(int status, Map<String, String> headers, byte[] body) {

        static Answer parse(byte[] raw) {
            var text = new String(raw, StandardCharsets.ISO_8859_1);
            int end = text.indexOf("\r\n\r\n");
            if (end < 0) {
                throw new IllegalStateException("no whole answer: " + text);
            }
            var lines = text.substring(0, end).split("\r\n");
            var headers = new LinkedHashMap<String, String>();
            for (int i = 1; i < lines.length; i++) {
                int colon = lines[i].indexOf(':');
                headers.put(
                        lines[i].substring(0, colon).strip().toLowerCase(Locale.ROOT),
                        lines[i].substring(colon + 1).strip());
            }
            var body = text.substring(end + 4);
            if ("chunked".equalsIgnoreCase(headers.get("transfer-encoding"))) {
                body = dechunk(body);
            }
            return new Answer(
                    Integer.parseInt(lines[0].split(" ")[1]), headers, body.getBytes(StandardCharsets.ISO_8859_1));
        }

        private static String dechunk(String chunked) {
            var out = new ByteArrayOutputStream();
            int at = 0;
            while (true) {
                int lineEnd = chunked.indexOf("\r\n", at);
                int size = Integer.parseInt(
                        chunked.substring(at, lineEnd).split(";")[0].strip(), 16);
                if (size == 0) {
                    return out.toString(StandardCharsets.ISO_8859_1);
                }
                out.writeBytes(
                        chunked.substring(lineEnd + 2, lineEnd + 2 + size).getBytes(StandardCharsets.ISO_8859_1));
                at = lineEnd + 2 + size + 2;
            }
        }

        String text() {
            return new String(body, StandardCharsets.UTF_8);
        }

        String header(String name) {
            return headers.get(name.toLowerCase(Locale.ROOT));
        }
    }
}
