package id.redaksi.web;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.boot.webmvc.error.ErrorController;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.ModelAndView;

/** Errors raised outside our controllers (no handler for the path, a failure in a filter) reach this page. */
@Controller
class PublicErrorController implements ErrorController {

    private final ErrorPages errorPages;

    PublicErrorController(ErrorPages errorPages) {
        this.errorPages = errorPages;
    }

    @RequestMapping("/error")
    ModelAndView error(HttpServletRequest request, HttpServletResponse response) {
        var code = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
        var status = code instanceof Integer n ? HttpStatus.resolve(n) : null;
        var message = request.getAttribute(RequestDispatcher.ERROR_MESSAGE);
        return errorPages.render(request, response, status == null ? HttpStatus.INTERNAL_SERVER_ERROR : status,
                message instanceof String m ? m : null);
    }
}
