package id.redaksi.newsroom.desk;

import com.github.difflib.DiffUtils;
import id.redaksi.account.Accounts;
import id.redaksi.account.Actor;
import id.redaksi.account.NewsroomWords;
import id.redaksi.newsroom.Drafting;
import id.redaksi.newsroom.Newsroom;
import id.redaksi.newsroom.NotYourStory;
import id.redaksi.newsroom.Revisions;
import id.redaksi.newsroom.Revisions.Revision;
import id.redaksi.newsroom.WorkflowRefused;
import id.redaksi.newsroom.desk.StoryPages.DiffLine;
import id.redaksi.newsroom.desk.StoryPages.RestorePage;
import id.redaksi.newsroom.desk.StoryPages.RevisionsPage;
import java.util.ArrayList;
import java.util.List;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Every save of a story: the list (marking the one readers see), a comparison of any two, and restoring one. */
@Controller
class RevisionController {

    private final Newsroom newsroom;
    private final Drafting drafting;
    private final Revisions revisions;
    private final RevisionLines lines;
    private final Accounts accounts;
    private final DeskSupport support;

    RevisionController(
            Newsroom newsroom,
            Drafting drafting,
            Revisions revisions,
            RevisionLines lines,
            Accounts accounts,
            DeskSupport support) {
        this.newsroom = newsroom;
        this.drafting = drafting;
        this.accounts = accounts;
        this.revisions = revisions;
        this.lines = lines;
        this.support = support;
    }

    @GetMapping("/redaksi/{siteSlug}/cerita/{id}/revisi")
    ModelAndView list(
            Actor actor,
            CsrfToken csrf,
            @PathVariable String siteSlug,
            @PathVariable long id,
            @RequestParam(required = false) Integer dari,
            @RequestParam(required = false) Integer ke) {
        var site = support.site(siteSlug);
        var story = newsroom.find(actor, site.id(), id);
        var all = revisions.of(id);
        List<DiffLine> diff = List.of();
        if (dari != null && ke != null) {
            var a = revisions.find(id, dari).orElseThrow(() -> new WorkflowRefused("Revisi " + dari + " tidak ada."));
            var b = revisions.find(id, ke).orElseThrow(() -> new WorkflowRefused("Revisi " + ke + " tidak ada."));
            diff = diff(lines.of(site, a.draft()), lines.of(site, b.draft()));
        }
        var live = revisions.live(id).orElse(null);
        return new ModelAndView(
                "newsroom/revisions",
                "page",
                new RevisionsPage(
                        DeskSupport.desk(actor, csrf),
                        site,
                        story,
                        all,
                        accounts.displayNames(
                                all.stream().map(Revision::savedBy).toList()),
                        live,
                        dari,
                        ke,
                        diff));
    }

    /** Asks before a restore, showing what it would change in the story as it is now. */
    @GetMapping("/redaksi/{siteSlug}/cerita/{id}/revisi/{number}/pulihkan")
    ModelAndView confirmRestore(
            Actor actor,
            CsrfToken csrf,
            @PathVariable String siteSlug,
            @PathVariable long id,
            @PathVariable int number) {
        var site = support.site(siteSlug);
        var story = newsroom.find(actor, site.id(), id);
        if (!story.editableBy(actor)) {
            throw new NotYourStory(actor.username(), id);
        }
        var revision =
                revisions.find(id, number).orElseThrow(() -> new WorkflowRefused("Revisi " + number + " tidak ada."));
        var changes = diff(lines.of(site, story.draft()), lines.of(site, revision.draft())).stream()
                .filter(line -> line.kind() != ' ')
                .toList();
        return new ModelAndView(
                "newsroom/restore",
                "page",
                new RestorePage(
                        DeskSupport.desk(actor, csrf),
                        site,
                        story,
                        revision,
                        accounts.displayNames(List.of(revision.savedBy()))
                                .getOrDefault(revision.savedBy(), revision.savedBy()),
                        changes));
    }

    @PostMapping("/redaksi/{siteSlug}/cerita/{id}/revisi/{number}/pulihkan")
    String restore(
            Actor actor,
            @PathVariable String siteSlug,
            @PathVariable long id,
            @PathVariable int number,
            RedirectAttributes redirect) {
        var site = support.site(siteSlug);
        drafting.restore(actor, site.id(), id, number);
        redirect.addFlashAttribute(DeskSupport.MESSAGE, NewsroomWords.t("revisions.restored", String.valueOf(number)));
        return "redirect:" + DeskSupport.storyPath(site, id);
    }

    /** The whole text with removed lines marked '-', added ones '+' and unchanged ones ' '. */
    static List<DiffLine> diff(List<String> before, List<String> after) {
        var lines = new ArrayList<DiffLine>();
        int position = 0;
        for (var delta : DiffUtils.diff(before, after).getDeltas()) {
            while (position < delta.getSource().getPosition()) {
                lines.add(new DiffLine(' ', before.get(position++)));
            }
            delta.getSource().getLines().forEach(l -> lines.add(new DiffLine('-', l)));
            delta.getTarget().getLines().forEach(l -> lines.add(new DiffLine('+', l)));
            position += delta.getSource().size();
        }
        while (position < before.size()) {
            lines.add(new DiffLine(' ', before.get(position++)));
        }
        return lines;
    }
}
