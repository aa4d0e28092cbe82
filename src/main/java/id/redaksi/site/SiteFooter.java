package id.redaksi.site;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The settings the foot of every page and of every article shows: the Dewan Pers verification, the Google News
 * address, the apps and the social accounts. An empty text is a setting left empty, and shows nothing.
 *
 * @param pressCertificate the verification certificate's number, shown only when the site is verified
 * @param pressUrl where readers check the verification (the Dewan Pers data page)
 */
public record SiteFooter(
        boolean pressVerified,
        String pressCertificate,
        String pressUrl,
        String googleNewsUrl,
        String playStoreUrl,
        String appStoreUrl,
        String facebookUrl,
        String instagramUrl,
        String xUrl,
        String youtubeUrl,
        String tiktokUrl) {

    public static final SiteFooter EMPTY = new SiteFooter(false, "", "", "", "", "", "", "", "", "", "");

    public boolean hasApps() {
        return !playStoreUrl.isEmpty() || !appStoreUrl.isEmpty();
    }

    /** Whether the "follow us" box at an article's foot has anything to say. */
    public boolean hasFollow() {
        return pressVerified || !googleNewsUrl.isEmpty() || hasApps();
    }

    /** The social accounts set, by the service's name, in the footer's order. */
    public Map<String, String> socialAccounts() {
        var accounts = new LinkedHashMap<String, String>();
        accounts.put("Facebook", facebookUrl);
        accounts.put("Instagram", instagramUrl);
        accounts.put("X", xUrl);
        accounts.put("YouTube", youtubeUrl);
        accounts.put("TikTok", tiktokUrl);
        accounts.values().removeIf(String::isEmpty);
        return accounts;
    }
}
