package id.redaksi.web;

import gg.jte.TemplateEngine;
import gg.jte.output.Utf8ByteOutput;
import gg.jte.springframework.boot.autoconfigure.JteProperties;
import gg.jte.springframework.boot.autoconfigure.JteView;
import gg.jte.springframework.boot.autoconfigure.JteViewResolver;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.springframework.web.servlet.view.AbstractUrlBasedView;

/**
 * Renders every page's template into UTF-8 bytes first, then writes them in one piece with their length. The
 * starter's view writes each fragment through the response's {@code PrintWriter} and the wrappers around it (the
 * security chain's, the page cache's), a character encoder flushing all the way down per fragment; with the
 * templates precompiled with binary static content ({@code pom.xml}), their fixed text is bytes already. A template
 * that fails half-way has written nothing, so the error page is not appended to half a page.
 */
class ByteTemplateViews extends JteViewResolver {

    private final TemplateEngine templates;

    ByteTemplateViews(TemplateEngine templates, JteProperties properties) {
        super(templates, properties);
        this.templates = templates;
    }

    @Override
    protected AbstractUrlBasedView instantiateView() {
        return new ByteView(templates);
    }

    static final class ByteView extends JteView {

        private final TemplateEngine templates;

        ByteView(TemplateEngine templates) {
            super(templates);
            this.templates = templates;
        }

        @Override
        protected void renderMergedTemplateModel(
                Map<String, Object> model, HttpServletRequest request, HttpServletResponse response) throws Exception {
            var page = new Utf8ByteOutput();
            templates.render(getUrl(), model, page);
            response.setCharacterEncoding(StandardCharsets.UTF_8.name());
            // one array, one write: each chunk written on its own pays every wrapper's bookkeeping once more
            var bytes = page.toByteArray();
            response.setContentLength(bytes.length);
            response.getOutputStream().write(bytes);
        }
    }
}
