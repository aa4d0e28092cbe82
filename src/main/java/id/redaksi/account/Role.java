package id.redaksi.account;

/** What a user may do on one site. Each role includes everything the ones before it may do. */
public enum Role {
    /** Penulis: writes and submits stories, never publishes. */
    WRITER("Penulis"),
    /** Edits any story of the site, requests changes, schedules, publishes, unpublishes, adds corrections. */
    EDITOR("Editor"),
    /** Everything an editor does, and manages who works on the site. */
    SITE_ADMIN("Admin situs");

    private final String label;

    Role(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    public boolean includes(Role other) {
        return compareTo(other) >= 0;
    }
}
