package id.redaksi.newsroom;

import id.redaksi.account.Actor;
import id.redaksi.account.Role;
import id.redaksi.article.BodySanitizer;
import id.redaksi.site.Site;
import id.redaksi.site.SiteChange;
import id.redaksi.site.SitePage;
import id.redaksi.site.Sites;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A site admin's changes to what the site says about itself: its settings and its static pages. Each is audited in
 * the same transaction; {@link Sites} announces it to every node, which drops the site's kept pages.
 */
@Service
public class SiteProfiles {

    private final Sites sites;
    private final AuditLog audit;

    SiteProfiles(Sites sites, AuditLog audit) {
        this.sites = sites;
        this.audit = audit;
    }

    @Transactional
    public Site update(Actor actor, Site site, SiteChange change) {
        actor.require(Role.SITE_ADMIN, site.id());
        var changed = changedFields(site, change);
        if (changed.isEmpty()) {
            return site;
        }
        var saved = sites.update(site.id(), change);
        audit.recordSiteChange(site.id(), actor, "mengubah pengaturan situs", String.join(", ", changed));
        return saved;
    }

    /** Saves a page's title and text, the text through the same allow-list as a story's body. */
    @Transactional
    public SitePage savePage(Actor actor, Site site, String slug, String title, String bodyHtml) {
        actor.require(Role.SITE_ADMIN, site.id());
        var added = site.profile().page(slug).isEmpty();
        var page = save(site, slug, title, bodyHtml);
        audit.recordSiteChange(
                site.id(),
                actor,
                added ? "menambah halaman" : "mengubah halaman",
                page.title() + " (" + page.path() + ")");
        return page;
    }

    /**
     * Saves a page another system had (an imported site's "Tentang Kami") through the same allow-list, audited under
     * the importer's name; a page that already reads so is left as it is, so that importing again changes nothing.
     *
     * @return the page as the site now has it
     */
    @Transactional
    SitePage importPage(Site site, String slug, String title, String bodyHtml, String importedBy) {
        var before = site.profile().page(slug);
        var page = save(site, slug, title, bodyHtml);
        if (before.isEmpty() || !before.get().equals(page)) {
            audit.record(
                    site.id(),
                    null,
                    importedBy,
                    before.isEmpty() ? "menambah halaman" : "mengubah halaman",
                    page.title() + " (" + page.path() + ")");
        }
        return page;
    }

    /** The one way a page's text is saved: sanitised as a story's body is, and not written again when it reads so. */
    private SitePage save(Site site, String slug, String title, String bodyHtml) {
        var body = BodySanitizer.sanitize(bodyHtml);
        var now = site.profile().page(slug);
        if (now.isPresent()
                && now.get().title().equals(title)
                && now.get().bodyHtml().equals(body)) {
            return now.get();
        }
        return sites.savePage(site.id(), slug, title, body);
    }

    /** The names of the settings that differ, as the settings screen labels them, for the audit log. */
    private static List<String> changedFields(Site site, SiteChange change) {
        var before = new SiteChange(
                site.name(), site.tagline(), site.language(), site.profile().footer());
        var fields = new ArrayList<String>();
        compare(fields, before, change, "nama", SiteChange::name);
        compare(fields, before, change, "slogan", SiteChange::tagline);
        compare(fields, before, change, "bahasa", SiteChange::language);
        compare(fields, before, change, "status Dewan Pers", c -> c.footer().pressVerified());
        compare(fields, before, change, "nomor sertifikat", c -> c.footer().pressCertificate());
        compare(fields, before, change, "tautan Dewan Pers", c -> c.footer().pressUrl());
        compare(fields, before, change, "Google News", c -> c.footer().googleNewsUrl());
        compare(fields, before, change, "Play Store", c -> c.footer().playStoreUrl());
        compare(fields, before, change, "App Store", c -> c.footer().appStoreUrl());
        compare(fields, before, change, "Facebook", c -> c.footer().facebookUrl());
        compare(fields, before, change, "Instagram", c -> c.footer().instagramUrl());
        compare(fields, before, change, "X", c -> c.footer().xUrl());
        compare(fields, before, change, "YouTube", c -> c.footer().youtubeUrl());
        compare(fields, before, change, "TikTok", c -> c.footer().tiktokUrl());
        return fields;
    }

    private static void compare(
            List<String> fields, SiteChange before, SiteChange after, String name, Function<SiteChange, ?> field) {
        if (!Objects.equals(field.apply(before), field.apply(after))) {
            fields.add(name);
        }
    }
}
