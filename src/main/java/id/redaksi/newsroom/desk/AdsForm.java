package id.redaksi.newsroom.desk;

import id.redaksi.account.NewsroomWords;
import id.redaksi.site.AdPlacement;
import id.redaksi.site.AdSlot;
import id.redaksi.site.SiteAds;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A site's ads screen as the browser sends it: text everywhere, so that what cannot be used comes back beside its
 * field. The slots come in the order of {@link AdPlacement}.
 *
 * @param origins the ad networks' origins, one a line
 */
public record AdsForm(
        @Pattern(regexp = "\\s*([1-9]|[1-4]\\d|50)\\s*", message = "{ads.after.invalid}")
        String inArticleAfter,

        String origins,

        @Size(max = 65_536, message = "{ads.adsTxt.tooLong}")
        String adsTxt,

        List<@Valid Slot> slots) {

    /** One placement's slot as typed. */
    public record Slot(
            String code,

            @Pattern(regexp = "\\s*((https://|/media/)\\S+)?\\s*", message = "{ads.image.invalid}")
            String imageUrl,

            @Pattern(regexp = "\\s*(https?://\\S+)?\\s*", message = "{ads.link.invalid}")
            String linkUrl,

            @Pattern(regexp = "\\s*(\\d{4}-\\d{2}-\\d{2})?\\s*", message = DATE)
            String endsOn,

            @Pattern(regexp = "\\s*(\\d{1,3}|1000)\\s*", message = "{ads.height.invalid}")
            String height) {}

    static final String DATE = "Tanggal seperti 2026-12-31, atau kosong.";

    static final String ORIGINS =
            "Satu asal per baris, https tanpa path, seperti https://securepubads.g.doubleclick.net.";

    private static final java.util.regex.Pattern ORIGIN = java.util.regex.Pattern.compile(
            "https://[a-z0-9]([a-z0-9-]*[a-z0-9])?(\\.[a-z0-9]([a-z0-9-]*[a-z0-9])?)+(:\\d{1,5})?");

    public AdsForm {
        slots = slots == null ? List.of() : slots;
    }

    static AdsForm of(SiteAds ads) {
        var slots = Arrays.stream(AdPlacement.values())
                .map(p -> {
                    var slot = ads.slots().get(p);
                    return slot == null
                            ? new Slot("", "", "", "", "250")
                            : new Slot(
                                    slot.code(),
                                    slot.imageUrl(),
                                    slot.linkUrl(),
                                    slot.endsOn() == null ? "" : slot.endsOn().toString(),
                                    String.valueOf(slot.height()));
                })
                .toList();
        return new AdsForm(String.valueOf(ads.inArticleAfter()), String.join("\n", ads.origins()), ads.adsTxt(), slots);
    }

    /** The slot of a placement as typed; an empty one when the form sent none. */
    public Slot slot(AdPlacement placement) {
        return placement.ordinal() < slots.size() ? slots.get(placement.ordinal()) : new Slot("", "", "", "", "250");
    }

    /** What Bean Validation cannot see in one field: the origins as a list, a picture without its link, a date. */
    Map<String, String> problems() {
        var problems = new LinkedHashMap<String, String>();
        if (originList().stream().anyMatch(o -> !ORIGIN.matcher(o).matches())) {
            problems.put("origins", ORIGINS);
        }
        for (var placement : AdPlacement.values()) {
            var slot = slot(placement);
            var field = "slots[" + placement.ordinal() + "].";
            if (!blank(slot.imageUrl()) && blank(slot.linkUrl())) {
                problems.put(field + "linkUrl", NewsroomWords.t("ads.link.missing"));
            }
            if (!blank(slot.endsOn()) && date(slot.endsOn()) == null) {
                problems.put(field + "endsOn", DATE);
            }
        }
        return problems;
    }

    /** The ads the form describes, once its fields and {@link #problems()} hold. */
    SiteAds toAds() {
        var slots = new EnumMap<AdPlacement, AdSlot>(AdPlacement.class);
        for (var placement : AdPlacement.values()) {
            var slot = slot(placement);
            slots.put(
                    placement,
                    new AdSlot(
                            placement,
                            slot.code(),
                            slot.imageUrl(),
                            slot.linkUrl(),
                            date(slot.endsOn()),
                            blank(slot.height())
                                    ? 0
                                    : Integer.parseInt(slot.height().strip())));
        }
        int after = blank(inArticleAfter) ? SiteAds.IN_ARTICLE_AFTER : Integer.parseInt(inArticleAfter.strip());
        return new SiteAds(after, originList(), adsTxt, slots);
    }

    private List<String> originList() {
        return (origins == null ? "" : origins)
                .lines()
                .map(line -> line.strip().toLowerCase(Locale.ROOT))
                .filter(line -> !line.isEmpty())
                .distinct()
                .toList();
    }

    private static LocalDate date(String text) {
        try {
            return blank(text) ? null : LocalDate.parse(text.strip());
        } catch (DateTimeException e) {
            return null;
        }
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }
}
