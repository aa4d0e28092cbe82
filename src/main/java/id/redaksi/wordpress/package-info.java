/** Moving a site in from WordPress: its export (WXR) becomes stories, people, pictures and old addresses. */
@ApplicationModule(allowedDependencies = {"site", "article", "media", "account", "newsroom::imports"})
package id.redaksi.wordpress;

import org.springframework.modulith.ApplicationModule;
