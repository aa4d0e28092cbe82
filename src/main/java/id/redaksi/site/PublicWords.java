package id.redaksi.site;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The words of a site's public chrome (labels, dates' words, error pages) in the site's language, from
 * {@code i18n/public.properties} (Indonesian, the default) and {@code i18n/public_en.properties}. A language
 * without a bundle of its own gets Indonesian, never the JVM's default locale. It belongs to the site, whose
 * setting the language is, because the pages, the feeds and the API all speak it.
 */
public final class PublicWords {

    private static final ResourceBundle.Control INDONESIAN_FALLBACK =
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

    private static final Locale INDONESIAN = Locale.forLanguageTag("id");

    /** By language tag as sites give it: the JDK's own bundle cache costs a locale lookup and a key per call. */
    private static final Map<String, ResourceBundle> BUNDLES = new ConcurrentHashMap<>();

    private PublicWords() {}

    /** The text for a key; with arguments it is a {@link MessageFormat} pattern (a quote is written ''). */
    public static String of(String language, String key, Object... arguments) {
        var pattern = bundle(language).getString(key);
        return arguments.length == 0 ? pattern : new MessageFormat(pattern, locale(language)).format(arguments);
    }

    /**
     * The locale a site's numbers and dates are written in: that of the words it gets, so a language without words
     * of its own has Indonesian numbers and month names too.
     */
    public static Locale locale(String language) {
        var found = bundle(language).getLocale();
        return found.getLanguage().isEmpty() ? INDONESIAN : found;
    }

    private static ResourceBundle bundle(String language) {
        return BUNDLES.computeIfAbsent(language == null ? "" : language, PublicWords::load);
    }

    private static ResourceBundle load(String language) {
        var wanted = language == null || language.isBlank() ? INDONESIAN : Locale.forLanguageTag(language);
        return ResourceBundle.getBundle("i18n.public", wanted, INDONESIAN_FALLBACK);
    }
}
