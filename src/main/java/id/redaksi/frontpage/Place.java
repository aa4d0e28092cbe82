package id.redaksi.frontpage;

/** Where on a page a pick stands, and how many slots it has. */
public enum Place {
    /** Berita Utama: a lead and its sub-leads, on the front page and on a rubric's page. */
    HEADLINE(5),
    /** Pilihan Redaksi: the editor's picks, on the front page only. */
    PICK(8);

    private final int slots;

    Place(int slots) {
        this.slots = slots;
    }

    public int slots() {
        return slots;
    }
}
