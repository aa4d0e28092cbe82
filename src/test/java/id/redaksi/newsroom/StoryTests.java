package id.redaksi.newsroom;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.redaksi.account.Actor;
import id.redaksi.account.NotAllowed;
import id.redaksi.account.Role;
import id.redaksi.article.ArticleContent;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The review workflow as a table, without a database: every state × step × who. Two tables decide it, {@link #MOVES}
 * (where a step takes a story from a state) and {@link #WHO_MAY} (who may take a step at all); a state, step or role
 * that neither table names fails {@link #theTablesDecideEveryStateStepAndRole()}, so nothing new goes undecided.
 */
class StoryTests {

    static final long SITE = 7;
    static final long STORY = 42;
    static final Instant NOW = Instant.parse("2026-03-02T03:00:00Z");
    static final Instant LATER = NOW.plus(1, ChronoUnit.DAYS);
    static final Instant FIRST_PUBLISHED = NOW.minus(30, ChronoUnit.DAYS);
    static final String NOTE = "Lengkapi kutipan narasumber.";
    static final String REASON = "Narasumber mencabut pernyataannya.";

    /** Where each step takes a story from each state, for whoever may take it; "-" refuses it, naming the state. */
    static final String MOVES = """
            state              Submit     PullBack  RequestChanges     Schedule   Publish    Unpublish
            DRAFT              SUBMITTED  -         -                  SCHEDULED  PUBLISHED  -
            SUBMITTED          -          DRAFT     CHANGES_REQUESTED  SCHEDULED  PUBLISHED  -
            CHANGES_REQUESTED  SUBMITTED  -         -                  SCHEDULED  PUBLISHED  -
            SCHEDULED          -          -         CHANGES_REQUESTED  SCHEDULED  PUBLISHED  -
            PUBLISHED          -          -         -                  -          -          UNPUBLISHED
            UNPUBLISHED        -          -         -                  SCHEDULED  PUBLISHED  -
            """;

    /**
     * Who may take each step, whatever the state: "ok", or the refusal that comes before the state is looked at (a
     * role the step needs, or a story that is not theirs).
     */
    static final String WHO_MAY = """
            step            NOBODY      OTHER_WRITER  OWN_WRITER  EDITOR        SITE_ADMIN    NETWORK_ADMIN
            Submit          NotAllowed  NotYourStory  ok          ok            ok            ok
            PullBack        NotAllowed  NotYourStory  ok          NotYourStory  NotYourStory  NotYourStory
            RequestChanges  NotAllowed  NotAllowed    NotAllowed  ok            ok            ok
            Schedule        NotAllowed  NotAllowed    NotAllowed  ok            ok            ok
            Publish         NotAllowed  NotAllowed    NotAllowed  ok            ok            ok
            Unpublish       NotAllowed  NotAllowed    NotAllowed  ok            ok            ok
            """;

    /** Who acts: each role on the story's site, split for writers into the story's own and another's. */
    enum Who {
        NOBODY(null, false),
        OTHER_WRITER(Role.WRITER, false),
        OWN_WRITER(Role.WRITER, false),
        EDITOR(Role.EDITOR, false),
        SITE_ADMIN(Role.SITE_ADMIN, false),
        NETWORK_ADMIN(null, true);

        final Role role;
        final boolean networkAdmin;

        Who(Role role, boolean networkAdmin) {
            this.role = role;
            this.networkAdmin = networkAdmin;
        }

        Actor actor() {
            long id = 100 + ordinal();
            Map<Long, Role> roles = role == null ? Map.of() : Map.of(SITE, role);
            return new Actor(id, name().toLowerCase(), "Orang " + name(), networkAdmin, 1000 + id, null, "id", roles);
        }
    }

    static final Actor WRITER = Who.OWN_WRITER.actor();

    @Test
    void theTablesDecideEveryStateStepAndRole() {
        var moves = table(MOVES);
        assertThat(moves.keySet())
                .containsExactlyInAnyOrderElementsOf(
                        Arrays.stream(StoryStatus.values()).map(Enum::name).toList());
        moves.values().forEach(row -> assertThat(row.keySet()).containsExactlyInAnyOrderElementsOf(stepNames()));
        var whoMay = table(WHO_MAY);
        assertThat(whoMay.keySet()).containsExactlyInAnyOrderElementsOf(stepNames());
        whoMay.values()
                .forEach(row -> assertThat(row.keySet())
                        .containsExactlyInAnyOrderElementsOf(
                                Arrays.stream(Who.values()).map(Enum::name).toList()));
        assertThat(Arrays.stream(Who.values()).map(w -> w.role)).contains(Role.values());
    }

    static Stream<Arguments> everyStateStepAndWho() {
        var cases = new ArrayList<Arguments>();
        for (var state : StoryStatus.values()) {
            for (var step : steps()) {
                for (var who : Who.values()) {
                    cases.add(Arguments.of(state, step, who));
                }
            }
        }
        return cases.stream();
    }

    @ParameterizedTest(name = "{0} {1} by {2}")
    @MethodSource("everyStateStepAndWho")
    void everyStepFromEveryStateByEveryone(StoryStatus state, WorkflowStep step, Who who) {
        var story = in(state);
        var actor = who.actor();
        var permission = table(WHO_MAY).get(name(step)).get(who.name());
        var move = table(MOVES).get(state.name()).get(name(step));

        switch (permission) {
            case "NotAllowed" ->
                assertThatThrownBy(() -> take(story, actor, step))
                        .isExactlyInstanceOf(NotAllowed.class)
                        .extracting(e -> ((NotAllowed) e).getReason())
                        .isEqualTo(actor.username() + " needs " + roleFor(step) + " on site " + SITE);
            case "NotYourStory" ->
                assertThatThrownBy(() -> take(story, actor, step))
                        .isExactlyInstanceOf(NotYourStory.class)
                        .extracting(e -> ((NotYourStory) e).getReason())
                        .isEqualTo(actor.username() + " is no writer of story " + STORY);
            case "ok" -> {
                if (move.equals("-")) {
                    assertThatThrownBy(() -> take(story, actor, step))
                            .isExactlyInstanceOf(WorkflowRefused.class)
                            .extracting(e -> ((WorkflowRefused) e).getReason())
                            .isEqualTo(refusal(state, step));
                } else {
                    assertThat(take(story, actor, step).status()).isEqualTo(StoryStatus.valueOf(move));
                }
            }
            default -> throw new AssertionError("undecided: " + permission);
        }
    }

    /** The scheduler publishes scheduled stories only. */
    @ParameterizedTest
    @EnumSource(StoryStatus.class)
    void theSchedulerPublishesOnlyAScheduledStory(StoryStatus state) {
        var story = in(state);
        if (state == StoryStatus.SCHEDULED) {
            var published = story.publishAsScheduled(LATER);
            assertThat(published.status()).isEqualTo(StoryStatus.PUBLISHED);
            assertThat(published.scheduledAt()).isNull();
            assertThat(published.firstPublishedAt()).isEqualTo(LATER);
        } else {
            assertThatThrownBy(() -> story.publishAsScheduled(LATER))
                    .isExactlyInstanceOf(WorkflowRefused.class)
                    .extracting(e -> ((WorkflowRefused) e).getReason())
                    .isEqualTo("Naskah berstatus " + state.label() + " tidak dapat diterbitkan otomatis.");
        }
    }

    @Test
    void aScheduledStoryGoesBackToItsWriterAndLeavesTheSchedule() {
        var returned = in(StoryStatus.SCHEDULED).requestChanges(Who.EDITOR.actor(), "  " + NOTE + "  ");

        assertThat(returned.status()).isEqualTo(StoryStatus.CHANGES_REQUESTED);
        assertThat(returned.scheduledAt()).isNull();
        assertThat(returned.reviewNote()).isEqualTo(NOTE);
    }

    @Test
    void aScheduledStoryIsRescheduled() {
        var later = LATER.plus(3, ChronoUnit.HOURS);

        var rescheduled = in(StoryStatus.SCHEDULED).schedule(Who.EDITOR.actor(), later, NOW);

        assertThat(rescheduled.status()).isEqualTo(StoryStatus.SCHEDULED);
        assertThat(rescheduled.scheduledAt()).isEqualTo(later);
    }

    @Test
    void aReturnedStoryIsScheduledOrPublishedByAnEditorWithoutGoingBackThroughReview() {
        var editor = Who.EDITOR.actor();

        var scheduled = in(StoryStatus.CHANGES_REQUESTED).schedule(editor, LATER, NOW);
        var published = in(StoryStatus.CHANGES_REQUESTED).publish(editor, NOW);

        assertThat(scheduled.status()).isEqualTo(StoryStatus.SCHEDULED);
        assertThat(scheduled.scheduledAt()).isEqualTo(LATER);
        assertThat(scheduled.draft().editorId()).isEqualTo(editor.personId());
        assertThat(published.status()).isEqualTo(StoryStatus.PUBLISHED);
        assertThat(published.firstPublishedAt()).isEqualTo(NOW);
        assertThat(published.reviewNote()).isEmpty();
        assertThat(published.draft().editorId()).isEqualTo(editor.personId());
    }

    @Test
    void aWithdrawnStoryIsScheduledToReturnKeepingItsFirstPublication() {
        var scheduled = in(StoryStatus.UNPUBLISHED).schedule(Who.EDITOR.actor(), LATER, NOW);

        assertThat(scheduled.status()).isEqualTo(StoryStatus.SCHEDULED);
        assertThat(scheduled.scheduledAt()).isEqualTo(LATER);
        assertThat(scheduled.firstPublishedAt()).isEqualTo(FIRST_PUBLISHED);
    }

    @Test
    void anEditorPublishesAScheduledStoryByHandBeforeItsTime() {
        var published = in(StoryStatus.SCHEDULED).publish(Who.EDITOR.actor(), NOW);

        assertThat(published.status()).isEqualTo(StoryStatus.PUBLISHED);
        assertThat(published.scheduledAt()).isNull();
        assertThat(published.firstPublishedAt()).isEqualTo(NOW);
        assertThat(published.unpublishedChanges()).isFalse();
    }

    @Test
    void aPublishedStoryWithEditsNotYetPublishedIsPublishedAgainKeepingItsFirstPublication() {
        var edited = in(StoryStatus.PUBLISHED)
                .edited(Who.EDITOR.actor(), in(StoryStatus.PUBLISHED).draft());

        var published = edited.publish(Who.EDITOR.actor(), NOW);

        assertThat(edited.unpublishedChanges()).isTrue();
        assertThat(published.status()).isEqualTo(StoryStatus.PUBLISHED);
        assertThat(published.firstPublishedAt()).isEqualTo(FIRST_PUBLISHED);
        assertThat(published.unpublishedChanges()).isFalse();
    }

    @Test
    void aWithdrawnStoryIsPublishedAgainKeepingItsFirstPublication() {
        var published = in(StoryStatus.UNPUBLISHED).publish(Who.EDITOR.actor(), NOW);

        assertThat(published.status()).isEqualTo(StoryStatus.PUBLISHED);
        assertThat(published.firstPublishedAt()).isEqualTo(FIRST_PUBLISHED);
    }

    /** What the step needs besides the state and the role, refused with what is missing. */
    @Test
    void stepsThatNeedMoreThanTheStateRefuseNamingWhatIsMissing() {
        var editor = Who.EDITOR.actor();
        var incomplete = withDraft(in(StoryStatus.DRAFT), ArticleContent.empty());

        assertReason(() -> incomplete.submit(WRITER), "Lengkapi dulu: judul, kanal, isi berita, penulis.");
        assertReason(
                () -> incomplete.schedule(editor, LATER, NOW), "Lengkapi dulu: judul, kanal, isi berita, penulis.");
        assertReason(() -> incomplete.publish(editor, NOW), "Lengkapi dulu: judul, kanal, isi berita, penulis.");
        assertReason(
                () -> in(StoryStatus.SUBMITTED).requestChanges(editor, "  "),
                "Tulis catatan untuk penulis: apa yang perlu diperbaiki.");
        assertReason(
                () -> in(StoryStatus.SUBMITTED).requestChanges(editor, null),
                "Tulis catatan untuk penulis: apa yang perlu diperbaiki.");
        assertReason(() -> in(StoryStatus.SUBMITTED).schedule(editor, NOW, NOW), "Waktu jadwal harus di masa depan.");
        assertReason(() -> in(StoryStatus.SUBMITTED).schedule(editor, null, NOW), "Waktu jadwal harus di masa depan.");
        assertReason(
                () -> in(StoryStatus.PUBLISHED).unpublish(editor, " "),
                "Tulis alasan pencabutan berita; pembaca akan melihatnya di alamat berita.");
        assertReason(
                () -> withDraft(in(StoryStatus.SCHEDULED), ArticleContent.empty()),
                "Lengkapi dulu: judul, kanal, isi berita, penulis.");
    }

    /** A step takes a story; the one switch here has no default, so a new step does not compile until decided. */
    static Story take(Story story, Actor actor, WorkflowStep step) {
        return switch (step) {
            case WorkflowStep.Submit s -> story.submit(actor);
            case WorkflowStep.PullBack p -> story.pullBack(actor);
            case WorkflowStep.RequestChanges r -> story.requestChanges(actor, r.note());
            case WorkflowStep.Schedule s -> story.schedule(actor, s.at(), NOW);
            case WorkflowStep.Publish p -> story.publish(actor, NOW);
            case WorkflowStep.Unpublish u -> story.unpublish(actor, u.reason());
        };
    }

    /** One of each step, with what it asks for filled in well. */
    static List<WorkflowStep> steps() {
        return List.of(
                new WorkflowStep.Submit(),
                new WorkflowStep.PullBack(),
                new WorkflowStep.RequestChanges(NOTE),
                new WorkflowStep.Schedule(LATER),
                new WorkflowStep.Publish(),
                new WorkflowStep.Unpublish(REASON));
    }

    static List<String> stepNames() {
        var permitted = Arrays.stream(WorkflowStep.class.getPermittedSubclasses())
                .map(Class::getSimpleName)
                .toList();
        assertThat(steps().stream().map(StoryTests::name)).containsExactlyInAnyOrderElementsOf(permitted);
        return permitted;
    }

    static String name(WorkflowStep step) {
        return step.getClass().getSimpleName();
    }

    static Role roleFor(WorkflowStep step) {
        return switch (step) {
            case WorkflowStep.Submit s -> Role.WRITER;
            case WorkflowStep.PullBack p -> Role.WRITER;
            case WorkflowStep.RequestChanges r -> Role.EDITOR;
            case WorkflowStep.Schedule s -> Role.EDITOR;
            case WorkflowStep.Publish p -> Role.EDITOR;
            case WorkflowStep.Unpublish u -> Role.EDITOR;
        };
    }

    /** Why the state refuses the step, in the newsroom's words. */
    static String refusal(StoryStatus state, WorkflowStep step) {
        var action = switch (step) {
            case WorkflowStep.Submit s -> "diajukan";
            case WorkflowStep.PullBack p -> "ditarik kembali";
            case WorkflowStep.RequestChanges r -> "dikembalikan untuk perbaikan";
            case WorkflowStep.Schedule s -> "dijadwalkan";
            case WorkflowStep.Publish p -> null;
            case WorkflowStep.Unpublish u -> "dicabut";
        };
        return action == null
                ? "Berita sudah terbit dan tidak ada perubahan yang belum diterbitkan."
                : "Naskah berstatus " + state.label() + " tidak dapat " + action + ".";
    }

    /** A complete story of the own writer in this state, as the workflow would have left it there. */
    static Story in(StoryStatus state) {
        var draft = new ArticleContent(
                3L,
                "Banjir Rendam Tiga Desa",
                "banjir-rendam-tiga-desa",
                "Air naik sejak subuh.",
                "<p>Isi.</p>",
                null,
                null,
                null,
                null,
                "",
                "",
                List.of(WRITER.personId()),
                List.of(),
                null);
        boolean published = state == StoryStatus.PUBLISHED || state == StoryStatus.UNPUBLISHED;
        return new Story(
                STORY,
                SITE,
                state,
                draft,
                state == StoryStatus.SCHEDULED ? LATER : null,
                published ? FIRST_PUBLISHED : null,
                5,
                state == StoryStatus.CHANGES_REQUESTED ? NOTE : "",
                WRITER.id(),
                state == StoryStatus.UNPUBLISHED,
                NOW);
    }

    static Story withDraft(Story story, ArticleContent draft) {
        return story.edited(Who.EDITOR.actor(), draft);
    }

    static void assertReason(ThrowingCallable step, String reason) {
        assertThatThrownBy(step)
                .isExactlyInstanceOf(WorkflowRefused.class)
                .extracting(e -> ((WorkflowRefused) e).getReason())
                .isEqualTo(reason);
    }

    /** A whitespace-aligned table: first column the row's key, the header names the other columns. */
    static Map<String, Map<String, String>> table(String text) {
        var lines = text.strip().lines().map(l -> l.strip().split("\\s+")).toList();
        var header = lines.getFirst();
        var rows = new HashMap<String, Map<String, String>>();
        for (var cells : lines.subList(1, lines.size())) {
            assertThat(cells).as(String.join(" ", cells)).hasSameSizeAs(header);
            var row = new HashMap<String, String>();
            for (int i = 1; i < header.length; i++) {
                row.put(header[i], cells[i]);
            }
            rows.put(cells[0], row);
        }
        return rows;
    }
}
