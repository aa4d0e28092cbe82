package id.redaksi.pagecache;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * HTTP/1.1 over a plain socket, sending the request target byte for byte: no client library between the test and
 * the server that could decode, normalise or refuse {@code /%72edaksi/}, {@code //redaksi/} or {@code /a/../b}.
 */
record WireHttp(int port, String host) {

    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

    record Response(int status, List<String[]> headers, String body) {

        Optional<String> header(String name) {
            return headers.stream()
                    .filter(h -> h[0].equalsIgnoreCase(name))
                    .map(h -> h[1])
                    .findFirst();
        }

        /** The session cookie the answer set, as a Cookie header value. */
        Optional<String> session() {
            return headers.stream()
                    .filter(h -> h[0].equalsIgnoreCase("Set-Cookie") && h[1].startsWith("JSESSIONID="))
                    .map(h -> h[1].substring(0, h[1].indexOf(';')))
                    .findFirst();
        }
    }

    Response get(String target, String... headers) {
        return send("GET", target, null, headers);
    }

    /** Logs in through the real form and returns the session cookie of the logged-in account. */
    String login(String username, String password) {
        var form = get("/redaksi/masuk");
        var cookie = form.session().orElseThrow();
        var csrf = CSRF.matcher(form.body());
        if (!csrf.find()) {
            throw new AssertionError("the login form has no CSRF field");
        }
        var body = "username=" + username + "&password=" + password + "&_csrf=" + csrf.group(1);
        var done = send(
                "POST", "/redaksi/masuk", body, "Cookie", cookie, "Content-Type", "application/x-www-form-urlencoded");
        if (done.status() != 302 || !done.header("Location").orElse("").endsWith("/redaksi/")) {
            throw new AssertionError("login failed: " + done.status() + " " + done.header("Location"));
        }
        return done.session().orElseThrow();
    }

    Response send(String method, String target, String body, String... headers) {
        var request = new StringBuilder()
                .append(method)
                .append(' ')
                .append(target)
                .append(" HTTP/1.1\r\nHost: ")
                .append(host)
                .append("\r\nConnection: close\r\n");
        for (int i = 0; i < headers.length; i += 2) {
            request.append(headers[i]).append(": ").append(headers[i + 1]).append("\r\n");
        }
        var content = body == null ? new byte[0] : body.getBytes(StandardCharsets.UTF_8);
        if (body != null) {
            request.append("Content-Length: ").append(content.length).append("\r\n");
        }
        request.append("\r\n");
        try (var socket = new Socket("127.0.0.1", port)) {
            socket.setSoTimeout(20_000);
            var out = socket.getOutputStream();
            out.write(request.toString().getBytes(StandardCharsets.ISO_8859_1));
            out.write(content);
            out.flush();
            return parse(socket.getInputStream().readAllBytes());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Response parse(byte[] raw) throws IOException {
        var text = new String(raw, StandardCharsets.ISO_8859_1);
        int end = text.indexOf("\r\n\r\n");
        var lines = text.substring(0, end).split("\r\n");
        int status = Integer.parseInt(lines[0].split(" ")[1]);
        var headers = new ArrayList<String[]>();
        for (int i = 1; i < lines.length; i++) {
            int colon = lines[i].indexOf(':');
            headers.add(new String[] {
                lines[i].substring(0, colon), lines[i].substring(colon + 1).strip()
            });
        }
        var rest = new java.io.ByteArrayInputStream(raw, end + 4, raw.length - end - 4);
        boolean chunked = headers.stream()
                .anyMatch(h -> h[0].equalsIgnoreCase("Transfer-Encoding")
                        && h[1].toLowerCase(Locale.ROOT).contains("chunked"));
        var body = chunked ? dechunk(rest) : rest.readAllBytes();
        return new Response(status, headers, new String(body, StandardCharsets.UTF_8));
    }

    private static byte[] dechunk(InputStream in) throws IOException {
        var out = new ByteArrayOutputStream();
        while (true) {
            var size = new StringBuilder();
            for (int c = in.read(); c != '\n' && c != -1; c = in.read()) {
                if (c != '\r') {
                    size.append((char) c);
                }
            }
            int length = size.isEmpty()
                    ? 0
                    : Integer.parseInt(size.toString().split(";")[0].strip(), 16);
            if (length == 0) {
                return out.toByteArray();
            }
            out.write(in.readNBytes(length));
            in.skipNBytes(2);
        }
    }
}
