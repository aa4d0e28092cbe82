package id.redaksi.account;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/** Newsroom accounts and their roles per site. Passwords go in and are kept only as hashes. */
@Repository
public class Accounts {

    private static final String SELECT = """
            select u.*, (select coalesce(string_agg(r.site_id || ':' || r.role, ','), '') from site_role r where r.user_id = u.id) as roles
            from app_user u
            """;

    private final JdbcClient jdbc;
    private final PasswordEncoder passwords;

    Accounts(JdbcClient jdbc, PasswordEncoder passwords) {
        this.jdbc = jdbc;
        this.passwords = passwords;
    }

    public long count() {
        return jdbc.sql("select count(*) from app_user").query(Long.class).single();
    }

    public Actor create(NewAccount account, boolean networkAdmin) {
        long id = jdbc.sql("""
                        insert into app_user (username, display_name, password_hash, network_admin)
                        values (:username, :name, :hash, :admin) returning id
                        """)
                .param("username", account.username())
                .param("name", account.displayName())
                .param("hash", passwords.encode(account.password()))
                .param("admin", networkAdmin)
                .query(Long.class)
                .single();
        return byId(id).orElseThrow();
    }

    /** A new account with its first role, both or neither. */
    @Transactional
    public Actor create(NewAccount account, long siteId, Role role) {
        var created = create(account, false);
        grant(created.id(), siteId, role);
        return byId(created.id()).orElseThrow();
    }

    public boolean exists(String username) {
        return jdbc.sql("select exists (select 1 from app_user where username = :u)")
                .param("u", username)
                .query(Boolean.class)
                .single();
    }

    public Optional<Actor> byId(long id) {
        return jdbc.sql(SELECT + " where u.id = :id")
                .param("id", id)
                .query(Accounts::actor)
                .optional();
    }

    /** The account as it may act now: absent when unknown or disabled. */
    public Optional<Actor> active(String username) {
        return jdbc.sql(SELECT + " where u.username = :u and u.enabled")
                .param("u", username)
                .query(Accounts::actor)
                .optional();
    }

    Optional<Credentials> credentials(String username) {
        return jdbc.sql("select username, password_hash, enabled from app_user where username = :u")
                .param("u", username)
                .query((rs, n) -> new Credentials(rs.getString(1), rs.getString(2), rs.getBoolean(3)))
                .optional();
    }

    /** How colleagues know these accounts, by username; a name no account has (the scheduler's) is left out. */
    public Map<String, String> displayNames(Collection<String> usernames) {
        var names = new HashMap<String, String>();
        jdbc.sql("select username, display_name from app_user where username = any(:names)")
                .param("names", usernames.toArray(String[]::new))
                .query(rs -> {
                    names.put(rs.getString("username"), rs.getString("display_name"));
                });
        return names;
    }

    public List<Actor> all() {
        return jdbc.sql(SELECT + " order by u.username").query(Accounts::actor).list();
    }

    /** The accounts, network admins aside, with a role on at least one of these sites. */
    public List<Actor> withRoleOn(Collection<Long> siteIds) {
        return jdbc.sql(SELECT + """
                         where not u.network_admin
                           and exists (select 1 from site_role r where r.user_id = u.id and r.site_id = any(:sites))
                         order by u.username
                        """)
                .param("sites", siteIds.toArray(Long[]::new))
                .query(Accounts::actor)
                .list();
    }

    /** The people linked to an account of a network admin or of someone with a role on a site not among these. */
    public Set<Long> peopleWorkingOutside(Collection<Long> siteIds) {
        return new HashSet<>(jdbc.sql("""
                        select u.person_id from app_user u
                        where u.person_id is not null
                          and (u.network_admin
                               or exists (select 1 from site_role r where r.user_id = u.id and r.site_id <> all(:sites)))
                        """)
                .param("sites", siteIds.toArray(Long[]::new))
                .query(Long.class)
                .list());
    }

    @Transactional
    public void grant(long userId, long siteId, Role role) {
        jdbc.sql("""
                        insert into site_role (user_id, site_id, role) values (:user, :site, :role)
                        on conflict (user_id, site_id) do update set role = excluded.role
                        """)
                .param("user", userId)
                .param("site", siteId)
                .param("role", role.name())
                .update();
    }

    public void revoke(long userId, long siteId) {
        jdbc.sql("delete from site_role where user_id = :user and site_id = :site")
                .param("user", userId)
                .param("site", siteId)
                .update();
    }

    public void linkPerson(long userId, Long personId) {
        jdbc.sql("update app_user set person_id = :person where id = :id")
                .param("person", personId)
                .param("id", userId)
                .update();
    }

    /** @return whether the account exists (and now has that password) */
    public boolean setPassword(String username, String password) {
        return jdbc.sql("update app_user set password_hash = :hash where username = :u")
                        .param("hash", passwords.encode(password))
                        .param("u", username)
                        .update()
                > 0;
    }

    public void setEnabled(long userId, boolean enabled) {
        jdbc.sql("update app_user set enabled = :enabled where id = :id")
                .param("enabled", enabled)
                .param("id", userId)
                .update();
    }

    /** Sets or, with null, removes where the newsroom mails this account. */
    public void setEmail(long userId, EmailAddress email) {
        jdbc.sql("update app_user set email = :email where id = :id")
                .param("email", email == null ? null : email.value())
                .param("id", userId)
                .update();
    }

    /** What the newsroom's screens speak to this account; see {@link NewsroomWords#LANGUAGES}. */
    public void setLanguage(long userId, String language) {
        if (!NewsroomWords.LANGUAGES.containsKey(language)) {
            throw new IllegalArgumentException("no newsroom language: " + language);
        }
        jdbc.sql("update app_user set language = :language where id = :id")
                .param("language", language)
                .param("id", userId)
                .update();
    }

    /** The enabled accounts that review the site's stories: editors and site admins with a role there. */
    public List<Actor> reviewersOf(long siteId) {
        return jdbc.sql(SELECT + """
                         where u.enabled and exists (select 1 from site_role r
                               where r.user_id = u.id and r.site_id = :site and r.role in ('EDITOR', 'SITE_ADMIN'))
                         order by u.id
                        """)
                .param("site", siteId)
                .query(Accounts::actor)
                .list();
    }

    /** The enabled accounts linked to these people's profiles (a story's writers, an assignment's writer). */
    public List<Actor> linkedTo(Collection<Long> personIds) {
        return jdbc.sql(SELECT + " where u.enabled and u.person_id = any(:people) order by u.id")
                .param("people", personIds.toArray(Long[]::new))
                .query(Accounts::actor)
                .list();
    }

    /**
     * The profiles linked to accounts.
     *
     * @param onSite those of accounts with a role on the site asked about (a network admin has a role everywhere)
     * @param all those of every account
     */
    public record LinkedPeople(Set<Long> onSite, Set<Long> all) {}

    public LinkedPeople linkedPeople(long siteId) {
        var onSite = new HashSet<Long>();
        var all = new HashSet<Long>();
        jdbc.sql("""
                        select u.person_id, u.network_admin or exists (
                                 select 1 from site_role r where r.user_id = u.id and r.site_id = :site) as on_site
                          from app_user u where u.person_id is not null
                        """).param("site", siteId).query(rs -> {
            all.add(rs.getLong("person_id"));
            if (rs.getBoolean("on_site")) {
                onSite.add(rs.getLong("person_id"));
            }
        });
        return new LinkedPeople(Set.copyOf(onSite), Set.copyOf(all));
    }

    record Credentials(String username, String passwordHash, boolean enabled) {}

    private static Actor actor(ResultSet rs, int row) throws SQLException {
        long person = rs.getLong("person_id");
        Long personId = rs.wasNull() ? null : person;
        return new Actor(
                rs.getLong("id"),
                rs.getString("username"),
                rs.getString("display_name"),
                rs.getBoolean("network_admin"),
                personId,
                rs.getString("email"),
                rs.getString("language"),
                roles(rs.getString("roles")));
    }

    /** Roles as the query lists them: {@code 3:EDITOR,5:WRITER}. */
    private static Map<Long, Role> roles(String list) {
        var roles = new HashMap<Long, Role>();
        if (!list.isEmpty()) {
            for (var pair : list.split(",")) {
                var parts = pair.split(":");
                roles.put(Long.parseLong(parts[0]), Role.valueOf(parts[1]));
            }
        }
        return roles;
    }
}
