package id.redaksi.account;

import java.text.MessageFormat;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.SequencedMap;
import org.springframework.context.i18n.LocaleContextHolder;

/**
 * The words of the newsroom's screens and messages in the signed-in account's language, from
 * {@code i18n/newsroom.properties} (Indonesian, the default) and {@code i18n/newsroom_en.properties}. The request's
 * language is the account's once {@link ActorArgumentResolver} has read it, Indonesian before (the login page).
 */
public final class NewsroomWords {

    /** The languages an account may choose, each named in itself, in the order a form offers them. */
    public static final SequencedMap<String, String> LANGUAGES = languages();

    private static final ResourceBundle.Control INDONESIAN_FALLBACK =
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

    private NewsroomWords() {}

    /** A word in the language of the request's account. */
    public static String t(String key, Object... arguments) {
        return of(language(), key, arguments);
    }

    /** A word in the given language: a message about a change of language is already in the new one. */
    public static String of(String language, String key, Object... arguments) {
        var pattern = ResourceBundle.getBundle("i18n.newsroom", Locale.forLanguageTag(language), INDONESIAN_FALLBACK)
                .getString(key);
        return arguments.length == 0
                ? pattern
                : new MessageFormat(pattern, Locale.forLanguageTag(language)).format(arguments);
    }

    /**
     * The request's account's language, {@code id} unless it chose another the newsroom speaks. Outside a request (the
     * scheduler, a mail) it is Indonesian, never the machine's default locale.
     */
    public static String language() {
        var context = LocaleContextHolder.getLocaleContext();
        var locale = context == null ? null : context.getLocale();
        var language = locale == null ? "id" : locale.getLanguage();
        return LANGUAGES.containsKey(language) ? language : "id";
    }

    /** Makes the rest of this request (its page, above all) speak the account's language. */
    static void speak(Actor actor) {
        LocaleContextHolder.setLocale(Locale.forLanguageTag(actor.language()));
    }

    private static SequencedMap<String, String> languages() {
        var languages = new LinkedHashMap<String, String>();
        languages.put("id", "Bahasa Indonesia");
        languages.put("en", "English");
        return Collections.unmodifiableSequencedMap(languages);
    }
}
