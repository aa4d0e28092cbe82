package id.redaksi.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.ModelAndView;

/** Answers what the public controllers refuse with a page, rendered in place so its caching headers hold. */
@ControllerAdvice(basePackageClasses = PublicErrors.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class PublicErrors {

    private final ErrorPages errorPages;

    PublicErrors(ErrorPages errorPages) {
        this.errorPages = errorPages;
    }

    @ExceptionHandler(BadRequest.class)
    ModelAndView badRequest(BadRequest e, HttpServletRequest request, HttpServletResponse response) {
        return errorPages.refused(request, response, e);
    }

    @ExceptionHandler(ResponseStatusException.class)
    ModelAndView refused(ResponseStatusException e, HttpServletRequest request, HttpServletResponse response) {
        var status = HttpStatus.resolve(e.getStatusCode().value());
        return errorPages.render(request, response, status == null ? HttpStatus.BAD_REQUEST : status, e.getReason());
    }

    @ExceptionHandler({MethodArgumentTypeMismatchException.class, MissingServletRequestParameterException.class})
    ModelAndView badParameter(Exception e, HttpServletRequest request, HttpServletResponse response) {
        var name = e instanceof MethodArgumentTypeMismatchException m
                ? m.getName()
                : ((MissingServletRequestParameterException) e).getParameterName();
        return errorPages.refused(request, response, new BadRequest("error.badParameter", name));
    }
}
