package id.redaksi.web;

import java.util.List;

/**
 * What the head of every page carries for browsers, search engines and social previews.
 *
 * @param canonicalUrl absolute
 * @param imageUrl absolute, or null
 * @param jsonLd structured data documents, already serialised
 */
public record Meta(
        String title, String description, String canonicalUrl, String ogType, String imageUrl, List<String> jsonLd) {

    public static Meta of(String title, String description, String canonicalUrl) {
        return new Meta(title, description, canonicalUrl, "website", null, List.of());
    }
}
