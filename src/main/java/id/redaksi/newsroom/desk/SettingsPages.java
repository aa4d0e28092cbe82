package id.redaksi.newsroom.desk;

import id.redaksi.newsroom.desk.DeskPages.Desk;
import id.redaksi.site.Site;
import java.util.Map;

/** The typed models of a site's settings screen and of its static pages' editor. */
public final class SettingsPages {

    private SettingsPages() {}

    /**
     * @param newPage the title typed for a page to add, answered back when refused
     * @param newPageError why it was refused, or null
     */
    public record SettingsPage(
            Desk desk,
            Site site,
            SiteSettingsForm form,
            Map<String, String> errors,
            String newPage,
            String newPageError,
            String message) {}

    /** @param slug the page's address, {@code /halaman/{slug}} */
    public record PageEditorPage(
            Desk desk, Site site, String slug, SitePageForm form, Map<String, String> errors, String message) {}

    /** A static page as typed in its editor. */
    public record SitePageForm(
            @jakarta.validation.constraints.NotBlank(message = "{page.title.missing}")
            @jakarta.validation.constraints.Size(max = 120, message = "{page.title.tooLong}")
            String title,

            String body) {}
}
