package id.redaksi.newsroom.desk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.redaksi.newsroom.WorkflowStep;
import id.redaksi.site.Site;
import id.redaksi.site.SiteAds;
import id.redaksi.site.SiteProfile;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class DeskStepTests {

    @Test
    void theRoutePatternNamesEveryStepAndNoOther() {
        assertThat(DeskStep.NAMES).isEqualTo(DeskStep.names());
    }

    @Test
    void everyWorkflowStepHasADeskNameAndEachNameOneStep() {
        var site = new Site(
                1,
                "situs",
                "Situs",
                "SITUS",
                "",
                "http://situs.test",
                "id",
                ZoneId.of("Asia/Jakarta"),
                null,
                List.of(),
                List.of(),
                SiteProfile.EMPTY,
                null,
                SiteAds.NONE);
        assertThat(Arrays.stream(DeskStep.values())
                        .map(step -> step.with(site, "catatan", "2999-01-01T08:00")
                                .getClass()
                                .getSimpleName())
                        .toList())
                .containsExactlyInAnyOrderElementsOf(Arrays.stream(WorkflowStep.class.getPermittedSubclasses())
                        .map(Class::getSimpleName)
                        .toList());
    }

    @Test
    void aNameBindsToItsStepBlankToNoneAndAnyOtherNameIsRefused() {
        var editor = new DeskStep.Editor();

        editor.setAsText("tarik-kembali");
        assertThat(editor.getValue()).isEqualTo(DeskStep.PULL_BACK);
        editor.setAsText(" ");
        assertThat(editor.getValue()).isNull();
        assertThatThrownBy(() -> editor.setAsText("hapus"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("no workflow step hapus");
    }
}
