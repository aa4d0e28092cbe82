package id.redaksi.article;

/** A notice as the newsroom manages it: with the id by which an editor changes or removes it. */
public record IssuedNotice(long id, Notice notice) {}
