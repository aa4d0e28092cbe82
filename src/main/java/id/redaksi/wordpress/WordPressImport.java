package id.redaksi.wordpress;

import id.redaksi.article.OldAddresses;
import id.redaksi.article.Publishing;
import id.redaksi.article.Topics;
import id.redaksi.newsroom.IncomingStory;
import id.redaksi.newsroom.StoryImports;
import id.redaksi.site.Site;
import id.redaksi.site.SitePage;
import id.redaksi.site.Sites;
import id.redaksi.wordpress.ImportedPosts.ImportedPost;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Locale;
import java.util.TreeMap;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Imports a WordPress export into a site, the engine behind {@code import-wordpress}: a first pass surveys the file
 * (and proves it well-formed), a second imports each post in its own transaction. Running it again with the same
 * export changes nothing; a post changed in WordPress since is updated, unless the newsroom edited its story (then
 * only with {@link ImportOptions#overwrite()}).
 */
@Service
class WordPressImport {

    /** Who saved the revisions an import writes. */
    static final String IMPORTER = "impor-wordpress";

    private static final Logger log = LoggerFactory.getLogger(WordPressImport.class);

    private final Sites sites;
    private final StoryImports imports;
    private final Publishing publishing;
    private final Topics topics;
    private final OldAddresses oldAddresses;
    private final WordPressPeople people;
    private final WordPressPictures pictures;
    private final ImportedPosts posts;
    private final ImportedAttachments attachments;
    private final ImportedPages pages;
    private final TransactionTemplate transaction;

    WordPressImport(
            Sites sites,
            StoryImports imports,
            Publishing publishing,
            Topics topics,
            OldAddresses oldAddresses,
            WordPressPeople people,
            WordPressPictures pictures,
            ImportedPosts posts,
            ImportedAttachments attachments,
            ImportedPages pages,
            PlatformTransactionManager transactions) {
        this.sites = sites;
        this.imports = imports;
        this.publishing = publishing;
        this.topics = topics;
        this.oldAddresses = oldAddresses;
        this.people = people;
        this.pictures = pictures;
        this.posts = posts;
        this.attachments = attachments;
        this.pages = pages;
        this.transaction = new TransactionTemplate(transactions);
    }

    /**
     * Imports the export file into the site the options name and says what it did.
     *
     * @param progress receives a progress line now and then, and the summary at the end
     * @throws ExportUnreadable before any post is imported, when the file is no export or malformed
     * @throws ImportRefused when the site or a mapped rubric does not exist
     */
    ImportReport run(Path export, ImportOptions options, Consumer<String> progress) {
        if (!Files.isRegularFile(export)) {
            throw new ImportRefused("There is no file " + export + ".");
        }
        var site = sites.bySlug(options.siteSlug())
                .orElseThrow(() -> new ImportRefused("There is no site '" + options.siteSlug() + "'."));
        var report = new ImportReport();
        var cast = people.cast(site.id());
        var conversion = new PostConversion(site, options, report, cast, pictures, topics, oldAddresses);
        var survey = new ExportSurvey(cast, a -> attachments.list(site.id(), a));
        transaction.executeWithoutResult(status -> read(export, survey));
        log.info("WordPress export {}: {}", export.getFileName(), new TreeMap<>(survey.items()));
        var meter = new ImportProgress(survey.posts(), progress);
        read(export, new WxrReader.Visitor() {
            @Override
            public void item(WxrItem item) {
                importItem(site, item, conversion, options, report, cast);
                if (item.type().equals("post")) {
                    meter.step();
                }
            }
        });
        progress.accept(report.summary());
        return report;
    }

    private void importItem(
            Site site,
            WxrItem item,
            PostConversion conversion,
            ImportOptions options,
            ImportReport report,
            WordPressPeople.Cast cast) {
        switch (item.type()) {
            case "post" -> {
                var state = PostConversion.state(item.status());
                if (state.isEmpty()) {
                    report.count("posts skipped (" + item.status() + ")");
                    return;
                }
                try {
                    transaction.executeWithoutResult(
                            s -> importPost(site, item, state.get(), conversion, options, report));
                } catch (RuntimeException e) {
                    cast.forget();
                    report.count("posts failed");
                    report.problem("post " + item.id() + " (line " + item.line() + ") not imported: " + e.getMessage());
                }
            }
            case "attachment", "guest-author" -> {}
            case "page" -> {
                if (!item.status().equals("publish")) {
                    report.count("pages skipped (" + item.status() + ")");
                    return;
                }
                try {
                    transaction.executeWithoutResult(s -> importPage(site.id(), item, conversion, options, report));
                } catch (RuntimeException e) {
                    report.count("pages failed");
                    report.problem("page " + item.id() + " (line " + item.line() + ") not imported: " + e.getMessage());
                }
            }
            default -> report.count("skipped (" + item.type() + ")");
        }
    }

    private void importPost(
            Site site,
            WxrItem item,
            IncomingStory.State state,
            PostConversion conversion,
            ImportOptions options,
            ImportReport report) {
        posts.commitWithoutWaitingForDisk();
        var digest = digest(item, options);
        var earlier = posts.find(site.id(), item.id());
        if (earlier.isPresent()) {
            var version = imports.version(earlier.get().storyId()).orElse(-1);
            boolean edited = version != earlier.get().storyVersion();
            if (!edited && earlier.get().digest().equals(digest)) {
                report.count("posts unchanged");
                rememberAddresses(site, item, earlier.get().storyId(), conversion);
                return;
            }
            if (edited && !options.overwrite()) {
                report.count("posts kept (edited in the newsroom)");
                rememberAddresses(site, item, earlier.get().storyId(), conversion);
                return;
            }
        }
        var story = conversion.convert(item, state);
        if (state != IncomingStory.State.DRAFT
                && !story.content().missingForPublication().isEmpty()) {
            report.problem("post " + item.id() + " lacks " + story.content().missingForPublication()
                    + ": imported as a draft");
            story = new IncomingStory(
                    site.id(), story.content(), IncomingStory.State.DRAFT, story.at(), story.updatedAt());
        }
        long id;
        int version;
        if (earlier.isPresent()) {
            id = earlier.get().storyId();
            version = imports.reimport(id, story, IMPORTER);
            report.count("posts updated");
        } else {
            id = imports.importStory(story, IMPORTER);
            version = 0;
            report.count("posts imported (" + story.state().name().toLowerCase(Locale.ROOT) + ")");
        }
        if (story.state() == IncomingStory.State.PUBLISHED) {
            publishing.publish(story.published().publishedAs(id));
        }
        rememberAddresses(site, item, id, conversion);
        posts.save(site.id(), item.id(), new ImportedPost(id, version, digest));
    }

    /** Even for a post left as it was: a second run may name another permalink structure ({@code --permalink}). */
    private void rememberAddresses(Site site, WxrItem item, long articleId, PostConversion conversion) {
        for (var address : conversion.oldAddresses(item)) {
            oldAddresses.rememberArticle(site.id(), address, articleId);
        }
    }

    /**
     * A published page becomes the site's static page of its slug, the required one (Tentang Kami, Redaksi, Kontak)
     * or a new one; a page its site admin edited since the last import is kept unless {@code --overwrite}.
     */
    private void importPage(
            long siteId, WxrItem item, PostConversion conversion, ImportOptions options, ImportReport report) {
        var site = sites.byId(siteId).orElseThrow();
        var earlier = pages.find(siteId, item.id());
        var slug = earlier.map(ImportedPages.ImportedPage::slug).orElseGet(() -> PostConversion.pageSlug(item));
        var before = site.profile().page(slug);
        boolean edited = earlier.isPresent()
                && before.isPresent()
                && !ImportedPages.digest(before.get()).equals(earlier.get().digest());
        SitePage page;
        if (edited && !options.overwrite()) {
            page = before.get();
            report.count("pages kept (edited in the newsroom)");
        } else {
            page = imports.importPage(site, slug, item.title(), conversion.pageBody(item), IMPORTER);
            report.count(
                    before.isPresent() && before.get().equals(page)
                            ? "pages unchanged"
                            : earlier.isPresent() ? "pages updated" : "pages imported");
            pages.save(siteId, item.id(), page);
        }
        for (var address : conversion.oldAddresses(item)) {
            oldAddresses.rememberPage(siteId, address, page.path());
        }
    }

    private static void read(Path export, WxrReader.Visitor visitor) {
        try (InputStream in = new BufferedInputStream(Files.newInputStream(export), 1 << 16)) {
            WxrReader.read(in, visitor);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Everything of the post that shapes its story, and the options that do: the same digest means nothing to do. */
    private static String digest(WxrItem item, ImportOptions options) {
        var text = String.join(
                "\u0000",
                item.type(),
                item.status(),
                item.title(),
                item.link(),
                item.creator(),
                item.content(),
                item.excerpt(),
                item.name(),
                item.date(),
                item.dateGmt(),
                item.terms().toString(),
                new TreeMap<>(item.meta()).toString(),
                options.fingerprint());
        try {
            var sha = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(sha);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
