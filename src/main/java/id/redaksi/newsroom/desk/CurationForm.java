package id.redaksi.newsroom.desk;

import id.redaksi.account.NewsroomWords;
import id.redaksi.frontpage.Pick;
import id.redaksi.frontpage.Place;
import id.redaksi.newsroom.CurationRefused;
import id.redaksi.newsroom.desk.CurationPages.Row;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;

/**
 * The slots of one place as the curation form posts them, row by row in order: a story's number, a shorter headline
 * and an end time in the site's zone. Empty rows are skipped, so the picks close up in the order the rows show.
 *
 * @param field the form's name for the place's rows ({@code utama}, {@code pilihan})
 */
record CurationForm(String field, Place place, String[] ids, String[] titles, String[] until) {

    CurationForm {
        ids = ids == null ? new String[0] : ids;
        titles = titles == null ? new String[0] : titles;
        until = until == null ? new String[0] : until;
    }

    List<Pick> picks(ZoneId zone) {
        var picks = new ArrayList<Pick>();
        for (int i = 0; i < ids.length; i++) {
            var id = ids[i].strip();
            if (id.isEmpty()) {
                continue;
            }
            var number = DeskSupport.number(id);
            if (number == null) {
                throw new CurationRefused(field, "Slot " + (i + 1) + ": nomor berita harus angka.");
            }
            if (picks.size() == place.slots()) {
                throw new CurationRefused(field, NewsroomWords.t("curation.tooMany", String.valueOf(place.slots())));
            }
            picks.add(new Pick(
                    place,
                    picks.size() + 1,
                    number,
                    at(titles, i),
                    time(at(until, i), zone, field, "Slot " + (i + 1) + ": ")));
        }
        return picks;
    }

    /** The rows as typed, to show them again when the form is refused. */
    List<Row> rows() {
        var rows = new ArrayList<Row>();
        for (int i = 0; i < Math.max(ids.length, place.slots()) && i < place.slots(); i++) {
            rows.add(new Row(at(ids, i), "", at(titles, i), at(until, i), ""));
        }
        return rows;
    }

    /** A time typed in the site's zone ({@code 2026-12-01T18:30}); null when none was typed. */
    static Instant time(String value, ZoneId zone, String field, String label) {
        if (value.isBlank()) {
            return null;
        }
        try {
            return LocalDateTime.parse(value.strip()).atZone(zone).toInstant();
        } catch (DateTimeParseException e) {
            throw new CurationRefused(field, label + "isi tanggal dan jam yang valid.");
        }
    }

    private static String at(String[] values, int i) {
        return i < values.length && values[i] != null ? values[i] : "";
    }
}
