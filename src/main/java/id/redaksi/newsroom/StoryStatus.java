package id.redaksi.newsroom;

/** Where a story stands in the review workflow, with the label the newsroom sees. */
public enum StoryStatus {
    DRAFT("Draf"),
    SUBMITTED("Diajukan"),
    CHANGES_REQUESTED("Perlu perbaikan"),
    SCHEDULED("Terjadwal"),
    PUBLISHED("Terbit"),
    UNPUBLISHED("Dicabut");

    private final String label;

    StoryStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
