package id.redaksi.article;

import java.time.Instant;

/** A correction (ralat) or right of reply (hak jawab) shown on an article with its time. */
public record Notice(Kind kind, String text, Instant at) {

    public enum Kind {
        RALAT("Ralat"),
        HAK_JAWAB("Hak Jawab");

        private final String label;

        Kind(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }
}
