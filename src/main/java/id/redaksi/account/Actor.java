package id.redaksi.account;

import java.util.Map;
import java.util.Optional;

/**
 * Who is acting in the newsroom, with their roles per site. A network admin holds every role on every site.
 *
 * @param email where the newsroom mails them, null when they gave none
 * @param language what the newsroom's screens speak to them: {@code id} or {@code en}
 * @param roles site id to role
 */
public record Actor(
        long id,
        String username,
        String displayName,
        boolean networkAdmin,
        Long personId,
        String email,
        String language,
        Map<Long, Role> roles) {

    public Actor {
        roles = Map.copyOf(roles);
    }

    public Optional<Role> roleOn(long siteId) {
        return networkAdmin ? Optional.of(Role.SITE_ADMIN) : Optional.ofNullable(roles.get(siteId));
    }

    public boolean can(Role needed, long siteId) {
        return roleOn(siteId).map(role -> role.includes(needed)).orElse(false);
    }

    /** Refuses, with a {@link NotAllowed}, what this actor's role on the site does not include. */
    public void require(Role needed, long siteId) {
        if (!can(needed, siteId)) {
            throw new NotAllowed(username + " needs " + needed + " on site " + siteId);
        }
    }
}
