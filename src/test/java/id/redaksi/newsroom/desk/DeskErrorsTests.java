package id.redaksi.newsroom.desk;

import static org.assertj.core.api.Assertions.assertThat;

import id.redaksi.newsroom.desk.DeskPages.ProblemPage;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpStatus;
import org.springframework.mock.web.MockHttpServletRequest;

class DeskErrorsTests {

    @Test
    void aStepThatMetASaveMadeMeanwhileIsAConflictPageLeadingBackToTheStory() {
        var request = new MockHttpServletRequest("POST", "/redaksi/malang/cerita/42/terbitkan");

        var view = new DeskErrors().changed(request);

        assertThat(view.getStatus()).isEqualTo(HttpStatus.CONFLICT);
        var page = (ProblemPage) view.getModel().get("page");
        assertThat(page.heading()).isEqualTo("Naskah baru saja diubah");
        assertThat(page.back()).isEqualTo("/redaksi/malang/cerita/42");
    }
}
