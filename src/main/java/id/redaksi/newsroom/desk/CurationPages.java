package id.redaksi.newsroom.desk;

import id.redaksi.account.NewsroomWords;
import id.redaksi.newsroom.desk.DeskPages.Desk;
import id.redaksi.site.BreakingNews;
import id.redaksi.site.Rubric;
import id.redaksi.site.Site;
import java.util.List;

/** The page records of the curation screen ({@code /redaksi/{site}/kurasi}). */
public final class CurationPages {

    private CurationPages() {}

    /**
     * One slot of the form, as saved or as typed.
     *
     * @param story the story's headline as readers know it, empty when the slot is empty
     * @param note why the slot shows the newest story instead (expired, no longer published), or empty
     */
    public record Row(String articleId, String story, String title, String until, String note) {

        static final Row EMPTY = new Row("", "", "", "", "");
    }

    /** The breaking news form: a story's number, or a text and its link; and when it ends. */
    public record BreakingForm(String articleId, String text, String url, String until) {

        static final BreakingForm EMPTY = new BreakingForm("", "", "", "");
    }

    /**
     * @param rubric null for the front page
     * @param current the breaking news bar readers see now, or null
     * @param error what was refused, or null; {@code errorField} names its form
     */
    public record CurationPage(
            Desk desk,
            Site site,
            Rubric rubric,
            List<Row> headline,
            List<Row> picks,
            BreakingForm breaking,
            BreakingNews current,
            String currentUntil,
            String message,
            String error,
            String errorField) {

        public String action() {
            return "/redaksi/" + site.slug() + "/kurasi" + (rubric == null ? "" : "/kanal/" + rubric.slug());
        }

        public String heading() {
            return rubric == null
                    ? NewsroomWords.t("curation.place.front", site.name())
                    : NewsroomWords.t("curation.place.rubric", rubric.name(), site.name());
        }
    }
}
