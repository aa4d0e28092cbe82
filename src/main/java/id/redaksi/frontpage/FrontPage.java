package id.redaksi.frontpage;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * What a page shows in its curated places, slot by slot.
 *
 * @param headline Berita Utama: the lead first, then its sub-leads
 * @param picks Pilihan Redaksi, empty when the editors pick none
 */
public record FrontPage(List<Slot> headline, List<Slot> picks) {

    /** The articles shown in either place, so lists below can leave them out. */
    public Set<Long> shown() {
        return Stream.concat(headline.stream(), picks.stream())
                .map(slot -> slot.card().id())
                .collect(Collectors.toUnmodifiableSet());
    }
}
