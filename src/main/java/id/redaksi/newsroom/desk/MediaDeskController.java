package id.redaksi.newsroom.desk;

import id.redaksi.account.Actor;
import id.redaksi.account.NewsroomWords;
import id.redaksi.account.Role;
import id.redaksi.media.MediaBusy;
import id.redaksi.media.MediaLibrary;
import id.redaksi.media.MediaRejected;
import id.redaksi.media.PickableMedia;
import id.redaksi.media.StoredMedia;
import id.redaksi.newsroom.desk.DeskPages.MediaPage;
import id.redaksi.site.Site;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.ModelAndView;

/** The media library of a site: upload pictures, browse them, and hand them to the body editor. */
@Controller
class MediaDeskController {

    private static final int SHOWN = 60;

    private final MediaLibrary media;
    private final DeskSupport support;

    MediaDeskController(MediaLibrary media, DeskSupport support) {
        this.media = media;
        this.support = support;
    }

    @GetMapping("/redaksi/{siteSlug}/media")
    ModelAndView library(
            Actor actor,
            CsrfToken csrf,
            @PathVariable String siteSlug,
            @RequestParam(name = "diunggah", required = false) Long uploaded) {
        var site = support.site(siteSlug);
        support.role(actor, site);
        var message = uploaded == null
                ? null
                : "Gambar #" + uploaded + " diunggah. Pakai nomor " + uploaded + " sebagai gambar utama berita.";
        return page(actor, csrf, site, message, null, HttpStatus.OK);
    }

    @PostMapping("/redaksi/{siteSlug}/media")
    ModelAndView upload(
            Actor actor,
            CsrfToken csrf,
            @PathVariable String siteSlug,
            @RequestParam(name = "berkas", required = false) MultipartFile file,
            @RequestParam(name = "alt", defaultValue = "") String alt)
            throws IOException {
        var site = support.site(siteSlug);
        actor.require(Role.WRITER, site.id());
        if (file == null || file.isEmpty()) {
            return page(actor, csrf, site, null, NewsroomWords.t("media.file.missing"), HttpStatus.BAD_REQUEST);
        }
        try {
            var stored = media.upload(site.id(), file.getBytes(), file.getOriginalFilename(), alt.strip());
            return new ModelAndView("redirect:/redaksi/" + site.slug() + "/media?diunggah=" + stored.id());
        } catch (MediaRejected e) {
            var status = e instanceof MediaBusy ? HttpStatus.SERVICE_UNAVAILABLE : HttpStatus.BAD_REQUEST;
            return page(actor, csrf, site, null, e.getMessage(), status);
        }
    }

    /** The picture list TinyMCE offers in its image dialog. */
    @GetMapping(path = "/redaksi/{siteSlug}/media.json", produces = "application/json")
    @ResponseBody
    List<Map<String, String>> imageList(Actor actor, @PathVariable String siteSlug) {
        var site = support.site(siteSlug);
        support.role(actor, site);
        return media.recent(site.id(), 0, SHOWN).stream()
                .map(m -> Map.of("title", "#" + m.id() + " " + m.alt(), "value", m.path()))
                .toList();
    }

    /** The editor's picture picker: the site's pictures with a thumbnail, found by words of their text or name. */
    @GetMapping(path = "/redaksi/{siteSlug}/media/pilih", produces = "application/json")
    @ResponseBody
    List<PickerItem> pickable(
            Actor actor, @PathVariable String siteSlug, @RequestParam(name = "q", defaultValue = "") String query) {
        var site = support.site(siteSlug);
        support.role(actor, site);
        return media.pickable(site.id(), query, SHOWN).stream()
                .map(PickerItem::of)
                .toList();
    }

    /** An upload from the editor's picker: the same checks, quota and role as the library's form, answered in JSON. */
    @PostMapping(path = "/redaksi/{siteSlug}/media/pilih", produces = "application/json")
    ResponseEntity<?> uploadFromPicker(
            Actor actor,
            @PathVariable String siteSlug,
            @RequestParam(name = "berkas", required = false) MultipartFile file,
            @RequestParam(name = "alt", defaultValue = "") String alt)
            throws IOException {
        var site = support.site(siteSlug);
        actor.require(Role.WRITER, site.id());
        if (file == null || file.isEmpty()) {
            return ResponseEntity.badRequest().body(Map.of("pesan", "Pilih berkas gambar untuk diunggah."));
        }
        try {
            var stored = media.upload(site.id(), file.getBytes(), file.getOriginalFilename(), alt.strip());
            var name = file.getOriginalFilename() == null ? "" : file.getOriginalFilename();
            return ResponseEntity.status(HttpStatus.CREATED)
                    .body(PickerItem.of(new PickableMedia(stored, "", "", name)));
        } catch (MediaRejected e) {
            var status = e instanceof MediaBusy ? HttpStatus.SERVICE_UNAVAILABLE : HttpStatus.BAD_REQUEST;
            return ResponseEntity.status(status).body(Map.of("pesan", e.getMessage()));
        }
    }

    /** One picture in the picker's JSON. */
    record PickerItem(
            long id,
            String path,
            String thumbnail,
            int width,
            int height,
            String alt,
            String caption,
            String credit,
            String name) {

        static PickerItem of(PickableMedia m) {
            var stored = m.media();
            return new PickerItem(
                    stored.id(),
                    stored.path(),
                    m.thumbnail(),
                    stored.width(),
                    stored.height(),
                    stored.alt(),
                    m.caption(),
                    m.credit(),
                    m.name());
        }
    }

    private ModelAndView page(
            Actor actor, CsrfToken csrf, Site site, String message, String problem, HttpStatus status) {
        List<StoredMedia> items = media.recent(site.id(), 0, SHOWN);
        var page = new MediaPage(DeskSupport.desk(actor, csrf), site, items, message, problem);
        return new ModelAndView("newsroom/media", Map.of("page", page), status);
    }
}
