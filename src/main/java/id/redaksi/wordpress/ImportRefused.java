package id.redaksi.wordpress;

/** The import cannot start as asked: no such site, a mapping to a rubric the site lacks, a file that is not there. */
class ImportRefused extends RuntimeException {

    ImportRefused(String message) {
        super(message);
    }
}
