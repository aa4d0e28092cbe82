package id.redaksi.newsroom.desk;

import id.redaksi.account.NewsroomWords;
import id.redaksi.account.NotAllowed;
import id.redaksi.newsroom.DraftRefused;
import id.redaksi.newsroom.NotYourStory;
import id.redaksi.newsroom.NoteRefused;
import id.redaksi.newsroom.StoryChanged;
import id.redaksi.newsroom.WorkflowRefused;
import id.redaksi.newsroom.desk.DeskPages.ProblemPage;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.dao.DataAccessException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.transaction.TransactionException;
import org.springframework.validation.BindException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.ModelAndView;

/** What the newsroom refuses, as a page that says why and leads back; never a stack trace. */
@ControllerAdvice(basePackageClasses = DeskErrors.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class DeskErrors {

    private static final Logger log = LoggerFactory.getLogger(DeskErrors.class);

    @ExceptionHandler(NotAllowed.class)
    ModelAndView notAllowed(HttpServletRequest request) {
        return page(
                request,
                HttpStatus.FORBIDDEN,
                NewsroomWords.t("problem.forbidden"),
                NewsroomWords.t("problem.forbidden.role"));
    }

    /** Said plainly: the writer has a role here, and may wonder why this story is not theirs to change. */
    @ExceptionHandler(NotYourStory.class)
    ModelAndView notYours(HttpServletRequest request) {
        return page(
                request,
                HttpStatus.FORBIDDEN,
                NewsroomWords.t("problem.forbidden"),
                NewsroomWords.t("problem.forbidden.notYours"));
    }

    /** A draft naming another site's picture, person or topic where no form can show it (restoring a revision). */
    @ExceptionHandler(DraftRefused.class)
    ModelAndView draftRefused(DraftRefused e, HttpServletRequest request) {
        return page(request, HttpStatus.BAD_REQUEST, NewsroomWords.t("problem.notSaved"), e.getReason());
    }

    @ExceptionHandler(NoteRefused.class)
    ModelAndView noteRefused(NoteRefused e, HttpServletRequest request) {
        return page(request, HttpStatus.BAD_REQUEST, NewsroomWords.t("problem.noteNotSent"), e.getReason());
    }

    @ExceptionHandler(WorkflowRefused.class)
    ModelAndView refused(WorkflowRefused e, HttpServletRequest request) {
        return page(request, HttpStatus.CONFLICT, NewsroomWords.t("problem.stepRefused"), e.getReason());
    }

    /** A step (submit, publish …) that met a save made meanwhile; saves themselves get their own page. */
    @ExceptionHandler(StoryChanged.class)
    ModelAndView changed(HttpServletRequest request) {
        return page(
                request,
                HttpStatus.CONFLICT,
                NewsroomWords.t("problem.justChanged"),
                NewsroomWords.t("problem.justChanged.message"));
    }

    /**
     * The database is away (issue 11): a story form comes back with every typed field, a 503 and a page that retries
     * the save by itself; anything else is a 503 that says to try again shortly. Never a 500, never the text lost.
     */
    @ExceptionHandler({DataAccessException.class, TransactionException.class})
    ModelAndView databaseAway(Exception e, HttpServletRequest request, HttpServletResponse response) {
        log.warn("Database unavailable for {} {}: {}", request.getMethod(), request.getRequestURI(), e.toString());
        response.setHeader(HttpHeaders.RETRY_AFTER, "5");
        if (UnsavedStory.isStoryForm(request, request.getRequestURI())) {
            return UnsavedStory.page(
                    request,
                    request.getRequestURI(),
                    HttpStatus.SERVICE_UNAVAILABLE,
                    NewsroomWords.t("problem.unsaved"),
                    NewsroomWords.t("problem.unsaved.message"),
                    false);
        }
        return page(
                request,
                HttpStatus.SERVICE_UNAVAILABLE,
                NewsroomWords.t("problem.outage"),
                NewsroomWords.t("problem.outage.message"));
    }

    @ExceptionHandler(MaxUploadSizeExceededException.class)
    ModelAndView tooLarge(HttpServletRequest request) {
        return page(
                request,
                HttpStatus.PAYLOAD_TOO_LARGE,
                NewsroomWords.t("problem.tooLarge"),
                NewsroomWords.t("problem.tooLarge.message"));
    }

    /**
     * A number, enum or date the request names that is none (a role, a notice kind, a status filter, a step): bound
     * by Spring, refused here with the field named, before any controller could take it for something else.
     */
    @ExceptionHandler({
        MethodArgumentTypeMismatchException.class,
        MissingServletRequestParameterException.class,
        BindException.class
    })
    ModelAndView badInput(Exception e, HttpServletRequest request) {
        var field = switch (e) {
            case MethodArgumentTypeMismatchException m -> m.getName();
            case MissingServletRequestParameterException m -> m.getParameterName();
            case BindException b
            when b.getFieldError() != null -> b.getFieldError().getField();
            default -> "?";
        };
        return page(
                request,
                HttpStatus.BAD_REQUEST,
                NewsroomWords.t("problem.badRequest"),
                NewsroomWords.t("problem.badField", field));
    }

    @ExceptionHandler(ResponseStatusException.class)
    ModelAndView other(ResponseStatusException e, HttpServletRequest request) {
        var status = HttpStatus.resolve(e.getStatusCode().value());
        return status == HttpStatus.NOT_FOUND
                ? page(
                        request,
                        status,
                        NewsroomWords.t("problem.notFound"),
                        NewsroomWords.t("problem.notFound.message"))
                : page(
                        request,
                        HttpStatus.BAD_REQUEST,
                        NewsroomWords.t("problem.badRequest"),
                        NewsroomWords.t("problem.badRequest.message"));
    }

    private static ModelAndView page(HttpServletRequest request, HttpStatus status, String heading, String message) {
        var back = request.getRequestURI()
                .replaceAll("/(" + DeskStep.NAMES + "|pemberitahuan.*|catatan|pratinjau|revisi.*)$", "");
        var page = new ProblemPage(new DeskPages.Desk(null, null), status.value(), heading, message, back);
        return new ModelAndView("newsroom/problem", Map.of("page", page), status);
    }
}
