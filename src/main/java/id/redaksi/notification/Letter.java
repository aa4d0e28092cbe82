package id.redaksi.notification;

/** One plain-text mail as its recipients read it. */
record Letter(String subject, String body) {}
