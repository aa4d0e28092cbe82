package id.redaksi;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class ModuleMapTests {

    @Test
    void sortsRelationsAndComponentsWhateverOrderTheDocumenterWroteThem() {
        var written = List.of(
                "  Container_Boundary(\"x\") {",
                "    Component(X.Web, \"Web\")",
                "    Component(X.Api, \"Api\")",
                "  }",
                "",
                "Rel(X.Web, X.Site, \"uses\")",
                "Rel(X.Api, X.Site, \"uses\")",
                "",
                "SHOW_LEGEND(true)");

        assertThat(ModuleMap.stable(written))
                .containsExactly(
                        "  Container_Boundary(\"x\") {",
                        "    Component(X.Api, \"Api\")",
                        "    Component(X.Web, \"Web\")",
                        "  }",
                        "",
                        "Rel(X.Api, X.Site, \"uses\")",
                        "Rel(X.Web, X.Site, \"uses\")",
                        "",
                        "SHOW_LEGEND(true)");
    }

    @Test
    void sortsTheItemsOfEachTableCellAndKeepsTheCellsBarOnTheFirst() {
        var written = List.of(
                "|Bean references",
                "|* `i.r.s.Sites` (in Site)",
                "* `i.r.a.Accounts` (in Account)",
                "|Events listened to",
                "|* `i.r.n.StorySubmitted` (async) ",
                "* `i.r.n.AssignmentMade` (async) ",
                "|===");

        assertThat(ModuleMap.stable(written))
                .containsExactly(
                        "|Bean references",
                        "|* `i.r.a.Accounts` (in Account)",
                        "* `i.r.s.Sites` (in Site)",
                        "|Events listened to",
                        "|* `i.r.n.AssignmentMade` (async)",
                        "* `i.r.n.StorySubmitted` (async)",
                        "|===");
    }
}
