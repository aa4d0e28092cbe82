package id.redaksi.web;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;

/**
 * The words of a site's public chrome (labels, dates' words, error pages) in the site's language, from
 * {@code i18n/public.properties} (Indonesian, the default) and {@code i18n/public_en.properties}. A language
 * without a bundle of its own gets Indonesian, never the JVM's default locale.
 */
public final class PublicWords {

    private static final ResourceBundle.Control INDONESIAN_FALLBACK =
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

    private PublicWords() {}

    /** The text for a key; with arguments it is a {@link MessageFormat} pattern (a quote is written ''). */
    public static String of(String language, String key, Object... arguments) {
        var pattern = bundle(language).getString(key);
        return arguments.length == 0 ? pattern : new MessageFormat(pattern, locale(language)).format(arguments);
    }

    private static ResourceBundle bundle(String language) {
        return ResourceBundle.getBundle("i18n.public", locale(language), INDONESIAN_FALLBACK);
    }

    private static Locale locale(String language) {
        return Locale.forLanguageTag(language == null || language.isBlank() ? "id" : language);
    }
}
