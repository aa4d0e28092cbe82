/** Demo content for a fresh installation: a small regional network with its sites, people and articles. */
@ApplicationModule(allowedDependencies = {"site", "article", "media", "account", "newsroom::imports"})
package id.redaksi.demo;

import org.springframework.modulith.ApplicationModule;
