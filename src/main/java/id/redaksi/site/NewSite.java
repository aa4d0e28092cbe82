package id.redaksi.site;

import java.time.ZoneId;
import java.util.List;

/** What it takes to add a site to the network. */
public record NewSite(
        String slug,
        String name,
        String dateline,
        String tagline,
        String baseUrl,
        ZoneId zone,
        String logoPath,
        List<String> hosts) {}
