package id.redaksi.newsroom.desk;

import id.redaksi.newsroom.WorkflowRefused;
import id.redaksi.newsroom.WorkflowStep;
import id.redaksi.site.Site;
import java.time.LocalDateTime;
import java.time.format.DateTimeParseException;
import org.springframework.http.HttpStatus;
import org.springframework.web.server.ResponseStatusException;

/** The desk's names for the workflow steps (the editor page's {@code langkah}, the step addresses). */
final class WorkflowSteps {

    static final String NAMES = "ajukan|tarik-kembali|minta-perubahan|jadwalkan|terbitkan|tarik";

    private WorkflowSteps() {}

    static WorkflowStep of(Site site, String name, String note, String time) {
        return switch (name) {
            case "ajukan" -> new WorkflowStep.Submit();
            case "tarik-kembali" -> new WorkflowStep.PullBack();
            case "minta-perubahan" -> new WorkflowStep.RequestChanges(note);
            case "jadwalkan" -> new WorkflowStep.Schedule(scheduleTime(site, time));
            case "terbitkan" -> new WorkflowStep.Publish();
            case "tarik" -> new WorkflowStep.Unpublish(note);
            default -> throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "langkah " + name);
        };
    }

    private static java.time.Instant scheduleTime(Site site, String time) {
        try {
            return LocalDateTime.parse(time.strip()).atZone(site.zone()).toInstant();
        } catch (DateTimeParseException e) {
            throw new WorkflowRefused("Isi waktu jadwal dengan tanggal dan jam yang valid.");
        }
    }
}
