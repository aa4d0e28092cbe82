package id.redaksi.newsroom.desk;

import id.redaksi.account.Actor;
import id.redaksi.newsroom.desk.DeskPages.Desk;

/**
 * The signed-in person's own account.
 *
 * @param email what the form shows: the address kept, or the one just typed when it was refused
 */
public record AccountPage(Desk desk, Actor actor, String email, String error, String message) {}
