package id.redaksi.newsroom.desk;

import id.redaksi.article.Person;
import id.redaksi.newsroom.desk.DeskPages.Desk;
import id.redaksi.site.Rubric;
import id.redaksi.site.Site;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/** The typed models of the newsroom's admin pages: accounts, sites and profiles. */
public final class AdminPages {

    private AdminPages() {}

    public record UsersPage(
            Desk desk,
            id.redaksi.account.Actor actor,
            List<id.redaksi.account.Actor> users,
            List<Site> sites,
            List<Person> people,
            id.redaksi.account.NewAccount form,
            String email,
            Map<String, String> errors,
            String message) {}

    /** @param rubric the rubric form that was refused, to answer back beside its site; null when none was */
    public record SitesPage(
            Desk desk,
            List<Site> sites,
            SiteAdminController.SiteForm form,
            Map<String, String> errors,
            SiteAdminController.RubricEntry rubric,
            String message) {

        /** What was typed in this site's new-rubric form, if it was refused. */
        public String rubricName(Site site) {
            return refused(site, null) ? rubric.name() : "";
        }

        public String rubricError(Site site) {
            return refused(site, null) ? rubric.error() : null;
        }

        /** The name in a rubric's rename form: what was typed, if it was refused, else its name. */
        public String renameValue(Site site, Rubric current) {
            return refused(site, current.slug()) ? rubric.name() : current.name();
        }

        public String renameError(Site site, Rubric current) {
            return refused(site, current.slug()) ? rubric.error() : null;
        }

        private boolean refused(Site site, String slug) {
            return rubric != null && rubric.siteId() == site.id() && Objects.equals(rubric.slug(), slug);
        }
    }

    /**
     * @param form the profile form as typed: the new profile's, or with {@code editing} the one of that person
     * @param errors by field; a profile's own fields are suffixed with its id ({@code name-12})
     */
    public record PeoplePage(
            Desk desk, List<Person> people, String message, PersonForm form, Long editing, Map<String, String> errors) {

        public PersonForm newProfile() {
            return editing == null ? form : new PersonForm("", "");
        }

        /** The person's fields as they are, or as typed when their form was refused. */
        public PersonForm profile(Person person) {
            return editing != null && editing == person.id() ? form : new PersonForm(person.name(), person.bio());
        }
    }

    /** The screen of one site's ads, with what is wrong with the form when it was refused. */
    public record AdsPage(Desk desk, Site site, AdsForm form, Map<String, String> errors, String message) {}
}
