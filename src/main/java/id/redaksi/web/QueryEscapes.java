package id.redaksi.web;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.util.regex.Pattern;

/**
 * Finds which parameter of a query is not percent-encoded UTF-8, so a refusal can name it. Tomcat decides whether
 * the query can be read; its message names the parameter too, but after decoding it the way that failed.
 */
final class QueryEscapes {

    /** Only names like our own parameters are repeated back; anything else is refused without a name. */
    private static final Pattern NAMEABLE = Pattern.compile("[A-Za-z0-9_.-]{1,40}");

    private QueryEscapes() {}

    /** The name of the first parameter whose name or value does not decode, or null when none can be named. */
    static String firstUnreadable(String query) {
        if (query == null) {
            return null;
        }
        for (var pair : query.split("&")) {
            if (!decodes(pair)) {
                int equals = pair.indexOf('=');
                var name = equals < 0 ? pair : pair.substring(0, equals);
                return NAMEABLE.matcher(name).matches() ? name : null;
            }
        }
        return null;
    }

    /** Whether every {@code %XX} is two hex digits and the bytes they stand for, with the rest, are UTF-8. */
    static boolean decodes(String encoded) {
        var bytes = new ByteArrayOutputStream(encoded.length());
        for (int i = 0; i < encoded.length(); i++) {
            char c = encoded.charAt(i);
            if (c != '%') {
                bytes.write(c);
                continue;
            }
            int high = i + 1 < encoded.length() ? Character.digit(encoded.charAt(i + 1), 16) : -1;
            int low = i + 2 < encoded.length() ? Character.digit(encoded.charAt(i + 2), 16) : -1;
            if (high < 0 || low < 0) {
                return false;
            }
            bytes.write(high * 16 + low);
            i += 2;
        }
        try {
            StandardCharsets.UTF_8.newDecoder().decode(ByteBuffer.wrap(bytes.toByteArray()));
            return true;
        } catch (CharacterCodingException e) {
            return false;
        }
    }
}
