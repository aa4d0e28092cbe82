package id.redaksi.wordpress;

import id.redaksi.site.Site;
import java.util.List;
import org.springframework.security.web.csrf.CsrfToken;

/**
 * The newsroom's WordPress upload for network admins ({@code wordpress/upload.jte}).
 *
 * @param outcome the last import's summary, or what refused the file; null before any
 */
public record UploadPage(CsrfToken csrf, String user, List<Site> sites, String outcome, boolean failed) {}
