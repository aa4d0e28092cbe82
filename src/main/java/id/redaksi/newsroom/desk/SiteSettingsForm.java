package id.redaksi.newsroom.desk;

import id.redaksi.site.Site;
import id.redaksi.site.SiteChange;
import id.redaksi.site.SiteFooter;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** A site's settings screen as typed; every address is a whole https address or empty. */
public record SiteSettingsForm(
        @NotBlank(message = "Nama situs wajib diisi.")
        @Size(max = 80, message = "Nama situs paling banyak 80 karakter.")
        String name,

        @Size(max = 160, message = "Slogan paling banyak 160 karakter.")
        String tagline,

        @NotBlank(message = LANGUAGE) @Pattern(regexp = "id|en", message = LANGUAGE)
        String language,

        Boolean pressVerified,

        @Size(max = 80, message = "Nomor sertifikat paling banyak 80 karakter.")
        String pressCertificate,

        @HttpsAddress(message = "Tautan verifikasi Dewan Pers" + HTTPS)
        String pressUrl,

        @HttpsAddress(message = "Alamat Google News" + HTTPS)
        String googleNewsUrl,

        @HttpsAddress(message = "Alamat Play Store" + HTTPS) String playStoreUrl,
        @HttpsAddress(message = "Alamat App Store" + HTTPS) String appStoreUrl,
        @HttpsAddress(message = "Alamat Facebook" + HTTPS) String facebookUrl,
        @HttpsAddress(message = "Alamat Instagram" + HTTPS) String instagramUrl,
        @HttpsAddress(message = "Alamat X" + HTTPS) String xUrl,
        @HttpsAddress(message = "Alamat YouTube" + HTTPS) String youtubeUrl,
        @HttpsAddress(message = "Alamat TikTok" + HTTPS) String tiktokUrl) {

    static final String LANGUAGE = "Pilih bahasa situs: Indonesia atau Inggris.";
    static final String HTTPS = " harus alamat lengkap yang diawali https://, atau kosong.";
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
