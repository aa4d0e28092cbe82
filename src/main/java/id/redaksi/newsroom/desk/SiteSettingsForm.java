package id.redaksi.newsroom.desk;

import id.redaksi.site.Site;
import id.redaksi.site.SiteChange;
import id.redaksi.site.SiteFooter;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** A site's settings screen as typed; every address is a whole https address or empty. */
public record SiteSettingsForm(
        @NotBlank(message = "{site.name.missing}") @Size(max = 80, message = "{site.name.tooLong}")
        String name,

        @Size(max = 160, message = "{site.tagline.tooLong}") String tagline,

        @NotBlank(message = LANGUAGE) @Pattern(regexp = "id|en", message = LANGUAGE)
        String language,

        Boolean pressVerified,

        @Size(max = 80, message = "{site.certificate.tooLong}")
        String pressCertificate,

        @HttpsAddress(message = "{site.pressUrl.https}") String pressUrl,

        @HttpsAddress(message = "{site.googleNewsUrl.https}")
        String googleNewsUrl,

        @HttpsAddress(message = "{site.playStoreUrl.https}") String playStoreUrl,
        @HttpsAddress(message = "{site.appStoreUrl.https}") String appStoreUrl,
        @HttpsAddress(message = "{site.facebookUrl.https}") String facebookUrl,
        @HttpsAddress(message = "{site.instagramUrl.https}") String instagramUrl,
        @HttpsAddress(message = "{site.xUrl.https}") String xUrl,
        @HttpsAddress(message = "{site.youtubeUrl.https}") String youtubeUrl,
        @HttpsAddress(message = "{site.tiktokUrl.https}") String tiktokUrl) {

    static final String LANGUAGE = "Pilih bahasa situs: Indonesia atau Inggris.";
    static final String CERTIFICATE = "Nomor sertifikat wajib diisi bila situs terverifikasi Dewan Pers.";

    static SiteSettingsForm of(Site site) {
        var f = site.profile().footer();
        return new SiteSettingsForm(
                site.name(),
                site.tagline(),
                site.language(),
                f.pressVerified(),
                f.pressCertificate(),
                f.pressUrl(),
                f.googleNewsUrl(),
                f.playStoreUrl(),
                f.appStoreUrl(),
                f.facebookUrl(),
                f.instagramUrl(),
                f.xUrl(),
                f.youtubeUrl(),
                f.tiktokUrl());
    }

    public boolean verified() {
        return Boolean.TRUE.equals(pressVerified);
    }

    SiteChange change() {
        return new SiteChange(
                name.strip(),
                text(tagline),
                language,
                new SiteFooter(
                        verified(),
                        text(pressCertificate),
                        text(pressUrl),
                        text(googleNewsUrl),
                        text(playStoreUrl),
                        text(appStoreUrl),
                        text(facebookUrl),
                        text(instagramUrl),
                        text(xUrl),
                        text(youtubeUrl),
                        text(tiktokUrl)));
    }

    private static String text(String value) {
        return value == null ? "" : value.strip();
    }
}
