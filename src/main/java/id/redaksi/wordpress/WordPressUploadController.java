package id.redaksi.wordpress;

import id.redaksi.account.Actor;
import id.redaksi.account.NotAllowed;
import id.redaksi.site.Sites;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.springframework.http.HttpStatus;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * A smaller WordPress export uploaded by a network admin in the newsroom, imported by the same engine as the
 * {@code import-wordpress} command while the admin waits (the upload is capped by
 * {@code spring.servlet.multipart.max-file-size}; larger sites use the command).
 */
@Controller
class WordPressUploadController {

    static final String PATH = "/redaksi/admin/wordpress";
    private static final String OUTCOME = "wordpressOutcome";
    private static final String FAILED = "wordpressFailed";

    private final Sites sites;
    private final WordPressImport engine;

    WordPressUploadController(Sites sites, WordPressImport engine) {
        this.sites = sites;
        this.engine = engine;
    }

    @GetMapping(PATH)
    ModelAndView form(Actor actor, CsrfToken csrf, Model model) {
        requireNetworkAdmin(actor);
        var outcome = model.getAttribute(OUTCOME) instanceof String text ? text : null;
        return page(actor, csrf, outcome, Boolean.TRUE.equals(model.getAttribute(FAILED)), HttpStatus.OK);
    }

    @PostMapping(PATH)
    ModelAndView upload(
            Actor actor,
            CsrfToken csrf,
            @RequestParam String site,
            @RequestParam MultipartFile export,
            @RequestParam(defaultValue = "") String rubrics,
            @RequestParam(defaultValue = "false") boolean overwrite,
            RedirectAttributes redirect) {
        requireNetworkAdmin(actor);
        try {
            var report = engine.run(saved(export), UploadOptions.of(site, rubrics, overwrite), text -> {});
            redirect.addFlashAttribute(OUTCOME, report.summary());
            redirect.addFlashAttribute(FAILED, report.get("posts failed") > 0);
            return new ModelAndView("redirect:" + PATH);
        } catch (ExportUnreadable | ImportRefused | IllegalArgumentException e) {
            return page(actor, csrf, e.getMessage(), true, HttpStatus.BAD_REQUEST);
        }
    }

    private ModelAndView page(Actor actor, CsrfToken csrf, String outcome, boolean failed, HttpStatus status) {
        var page = new UploadPage(csrf, actor.displayName(), sites.all(), outcome, failed);
        var view = new ModelAndView("wordpress/upload", "page", page);
        view.setStatus(status);
        return view;
    }

    /** The upload as a file of its own, read twice by the engine and deleted when the JVM exits. */
    private static Path saved(MultipartFile export) {
        try {
            var file = Files.createTempFile("wordpress-export", ".xml");
            file.toFile().deleteOnExit();
            export.transferTo(file);
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void requireNetworkAdmin(Actor actor) {
        if (!actor.networkAdmin()) {
            throw new NotAllowed(actor.username() + " is no network admin");
        }
    }

    /** The form's mapping, one {@code category=rubric} a line, as {@code --rubrics FILE} takes it. */
    static final class UploadOptions {

        private UploadOptions() {}

        static ImportOptions of(String site, String rubrics, boolean overwrite) {
            var options = ImportOptions.of(site).overwrite(overwrite);
            for (var line : rubrics.split("\\R")) {
                var text = line.replaceFirst("#.*$", "").strip();
                if (text.isEmpty()) {
                    continue;
                }
                var parts = text.split("=", 2);
                if (parts.length != 2 || parts[0].isBlank() || parts[1].isBlank()) {
                    throw new IllegalArgumentException("Pemetaan kanal ditulis kategori=kanal, bukan '" + text + "'.");
                }
                options = options.rubric(parts[0].strip(), parts[1].strip());
            }
            return options;
        }
    }
}
