/**
 * Email to the newsroom when a step waits for someone: a story submitted (to the site's editors), returned with a
 * note or published (to its writers), an assignment made (to its writer). Off unless {@code redaksi.mail.enabled}.
 */
@ApplicationModule(allowedDependencies = {"site", "account", "newsroom::events"})
package id.redaksi.notification;

import org.springframework.modulith.ApplicationModule;
