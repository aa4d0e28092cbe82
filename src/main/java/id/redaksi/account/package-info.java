/** Users, their roles per site, login and the security of every request. */
@ApplicationModule(allowedDependencies = {})
package id.redaksi.account;

import org.springframework.modulith.ApplicationModule;
