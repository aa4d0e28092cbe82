package id.redaksi.notification;

import id.redaksi.newsroom.AssignmentMade;
import id.redaksi.newsroom.StoryPublished;
import id.redaksi.newsroom.StoryReturned;
import id.redaksi.newsroom.StorySubmitted;
import id.redaksi.site.Site;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * What the newsroom writes, in Indonesian: the site in the subject (one person may work for several), the headline,
 * who took the step, and the absolute address where the reader acts on it.
 */
final class Letters {

    private static final DateTimeFormatter DEADLINE =
            DateTimeFormatter.ofPattern("EEEE, d MMMM yyyy, HH.mm zzz", Locale.forLanguageTag("id-ID"));

    private Letters() {}

    static Letter submitted(Site site, String base, StorySubmitted e) {
        return letter(
                site,
                "Naskah menunggu review: " + e.title(),
                e.actorName() + " mengajukan naskah untuk direview:\n\n" + quoted(e.title()) + "\n\nBuka naskah: "
                        + storyUrl(site, base, e.storyId()),
                "editor");
    }

    static Letter returned(Site site, String base, StoryReturned e) {
        return letter(
                site,
                "Naskah perlu perbaikan: " + e.title(),
                e.actorName() + " mengembalikan naskah Anda untuk diperbaiki:\n\n" + quoted(e.title())
                        + "\n\nCatatan editor:\n" + e.note() + "\n\nBalas catatan dan perbaiki naskah: "
                        + storyUrl(site, base, e.storyId()),
                "penulis");
    }

    static Letter published(Site site, String base, StoryPublished e) {
        var who =
                e.actorId() == null ? "Naskah Anda terbit sesuai jadwal:" : e.actorName() + " menerbitkan naskah Anda:";
        return letter(
                site,
                "Naskah terbit: " + e.title(),
                who + "\n\n" + quoted(e.title()) + "\n\nBuka naskah: " + storyUrl(site, base, e.storyId()),
                "penulis");
    }

    static Letter assigned(Site site, String base, AssignmentMade e) {
        var brief = e.brief().isBlank() ? "" : "\n\n" + e.brief();
        return letter(
                site,
                "Penugasan baru: " + e.title(),
                e.actorName() + " memberi Anda penugasan:\n\n" + quoted(e.title()) + brief + "\n\nTenggat: "
                        + DEADLINE.withZone(site.zone()).format(e.deadline())
                        + "\n\nMulai menulis dari meja redaksi: " + base + "/redaksi/",
                "penulis");
    }

    static String storyUrl(Site site, String base, long storyId) {
        return base + "/redaksi/" + site.slug() + "/cerita/" + storyId;
    }

    private static Letter letter(Site site, String subject, String text, String role) {
        return new Letter(
                "[" + site.name() + "] " + subject,
                text + "\n\n-- \nEmail ini dikirim Redaksi kepada " + role + " " + site.name()
                        + ". Alamat email Anda dapat diubah di halaman akun ruang redaksi.\n");
    }

    private static String quoted(String title) {
        return "  " + title;
    }
}
