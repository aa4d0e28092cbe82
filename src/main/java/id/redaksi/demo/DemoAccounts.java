package id.redaksi.demo;

import id.redaksi.account.Accounts;
import id.redaksi.account.NewAccount;
import id.redaksi.account.Role;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * Newsroom accounts for trying the demo: a network admin, and on each site a writer, an editor and a site
 * admin, each linked to a demo profile so their credits show. They exist only in a demo network.
 */
@Component
class DemoAccounts {

    private final Accounts accounts;

    DemoAccounts(Accounts accounts) {
        this.accounts = accounts;
    }

    boolean exist() {
        return accounts.count() > 0;
    }

    /** @return the usernames made */
    List<String> create(List<SiteCast> casts, String password) {
        var admin = accounts.create(new NewAccount("admin", "Admin Jaringan", password), true);
        var made = new java.util.ArrayList<>(List.of(admin.username()));
        for (var cast : casts) {
            var slug = cast.site().slug();
            made.add(account("penulis." + slug, cast.writers().getFirst(), cast, Role.WRITER, password));
            made.add(account("editor." + slug, cast.editors().getFirst(), cast, Role.EDITOR, password));
            made.add(account("admin." + slug, cast.editors().getLast(), cast, Role.SITE_ADMIN, password));
        }
        return made;
    }

    private String account(
            String username, id.redaksi.article.Person person, SiteCast cast, Role role, String password) {
        var actor = accounts.create(new NewAccount(username, person.name(), password), false);
        accounts.linkPerson(actor.id(), person.id());
        accounts.grant(actor.id(), cast.site().id(), role);
        return username;
    }
}
