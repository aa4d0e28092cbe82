package id.redaksi.newsroom.desk;

import id.redaksi.newsroom.WorkflowRefused;
import id.redaksi.newsroom.WorkflowStep;
import id.redaksi.site.Site;
import java.beans.PropertyEditorSupport;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.stream.Collectors;

/**
 * The workflow steps by the desk's names: the editor form's {@code langkah} and the step addresses
 * ({@code …/cerita/{id}/ajukan}). Bound from the request like any enum, so a name that is none of these is a 400
 * before any controller runs.
 */
enum DeskStep {
    SUBMIT("ajukan"),
    PULL_BACK("tarik-kembali"),
    REQUEST_CHANGES("minta-perubahan"),
    SCHEDULE("jadwalkan"),
    PUBLISH("terbitkan"),
    UNPUBLISH("tarik");

    /** The step addresses' pattern, from the names above, so that a route cannot offer a step that is not here. */
    static final String NAMES = "ajukan|tarik-kembali|minta-perubahan|jadwalkan|terbitkan|tarik";

    private final String path;

    DeskStep(String path) {
        this.path = path;
    }

    String path() {
        return path;
    }

    /** The step with what the form sent for it: a note (a request for changes, a withdrawal's reason), a time. */
    WorkflowStep with(Site site, String note, String time) {
        return switch (this) {
            case SUBMIT -> new WorkflowStep.Submit();
            case PULL_BACK -> new WorkflowStep.PullBack();
            case REQUEST_CHANGES -> new WorkflowStep.RequestChanges(note);
            case SCHEDULE -> new WorkflowStep.Schedule(scheduleTime(site, time));
            case PUBLISH -> new WorkflowStep.Publish();
            case UNPUBLISH -> new WorkflowStep.Unpublish(note);
        };
    }

    static String names() {
        return Arrays.stream(values()).map(DeskStep::path).collect(Collectors.joining("|"));
    }

    private static Instant scheduleTime(Site site, String time) {
        try {
            return LocalDateTime.parse(time.strip()).atZone(site.zone()).toInstant();
        } catch (DateTimeParseException e) {
            throw new WorkflowRefused("Isi waktu jadwal dengan tanggal dan jam yang valid.");
        }
    }

    /** Binds a step from its desk name; an empty value is no step (a plain save), any other name a type mismatch. */
    static final class Editor extends PropertyEditorSupport {
        @Override
        public void setAsText(String text) {
            if (text == null || text.isBlank()) {
                setValue(null);
                return;
            }
            setValue(Arrays.stream(values())
                    .filter(step -> step.path.equals(text.strip()))
                    .findFirst()
                    .orElseThrow(() -> new IllegalArgumentException("no workflow step " + text)));
        }
    }
}
