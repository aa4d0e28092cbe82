package id.redaksi.wordpress;

/** The file is not a WordPress export, or breaks off or is malformed at a line and column it names. */
class ExportUnreadable extends RuntimeException {

    ExportUnreadable(String message) {
        super(message);
    }

    static ExportUnreadable at(int line, int column, String problem) {
        return new ExportUnreadable(
                "The export is malformed at line " + line + ", column " + column + ": " + problem + ".");
    }
}
