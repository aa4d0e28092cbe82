package id.redaksi.web;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.lang.reflect.Method;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.HandlerInterceptor;

/**
 * How long a public page takes to render, controller and template, by kind ({@code redaksi.render{page=article}}):
 * the kind is the controller method's name, so the tag has as many values as there are page kinds. A page served
 * from the page cache never gets here, so this measures real renders only.
 */
class RenderTimes implements HandlerInterceptor {

    private static final String STARTED = RenderTimes.class.getName() + ".started";

    private final MeterRegistry meters;
    private final Map<Method, Timer> timers = new ConcurrentHashMap<>();

    RenderTimes(MeterRegistry meters) {
        this.meters = meters;
    }

    @Override
    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
        if (isPublicPage(handler)) {
            request.setAttribute(STARTED, System.nanoTime());
        }
        return true;
    }

    @Override
    public void afterCompletion(
            HttpServletRequest request, HttpServletResponse response, Object handler, Exception failure) {
        if (request.getAttribute(STARTED) instanceof Long started && handler instanceof HandlerMethod page) {
            timers.computeIfAbsent(page.getMethod(), this::timer)
                    .record(System.nanoTime() - started, TimeUnit.NANOSECONDS);
        }
    }

    private Timer timer(Method page) {
        return Timer.builder("redaksi.render")
                .description("Rendering a public page that was not kept, controller and template")
                .tag("page", page.getName())
                .register(meters);
    }

    private static boolean isPublicPage(Object handler) {
        return handler instanceof HandlerMethod method
                && method.getBeanType().getPackageName().equals(RenderTimes.class.getPackageName())
                && method.getBeanType() != PublicErrorController.class;
    }
}
