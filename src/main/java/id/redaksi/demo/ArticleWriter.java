package id.redaksi.demo;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;

/**
 * Writes one article from the templates of its story: headline, lead and a body of paragraphs that opens
 * with the news, alternates facts, quotes and context, and closes. Lengths vary the way a newsroom's do:
 * brief items, short reports and long features.
 */
final class ArticleWriter {

    record Text(String title, String lead, String bodyHtml, int paragraphs) {}

    private enum Kind {
        FACT,
        QUOTE,
        CONTEXT
    }

    private final Phrases phrases;
    private final Random random;
    private int quotes;

    private ArticleWriter(Phrases phrases) {
        this.phrases = phrases;
        this.random = phrases.random();
    }

    static Text write(Phrases phrases) {
        return new ArticleWriter(phrases).write();
    }

    /** 15% very short (2–3 paragraphs), 30% short (4–7), 55% long (8–16). */
    static int paragraphCount(Random random) {
        int roll = random.nextInt(100);
        return roll < 15 ? 2 + random.nextInt(2) : roll < 45 ? 4 + random.nextInt(4) : 8 + random.nextInt(9);
    }

    private Text write() {
        int paragraphs = paragraphCount(random);
        var title = Headlines.titleCase(sentence("judul").orElseThrow());
        var lead = sentence("lead").orElseThrow();
        var blocks = new ArrayList<String>();
        blocks.add(paragraph(opening()));
        var kind = Kind.FACT;
        int middle = paragraphs >= 4 ? paragraphs - 2 : paragraphs - 1;
        for (int i = 0; i < middle; i++) {
            kind = kind(kind);
            blocks.add(paragraph(middle(kind)));
        }
        if (paragraphs >= 4) {
            blocks.add(paragraph(closing()));
        }
        addSubheading(blocks, paragraphs);
        addPullQuote(blocks, paragraphs);
        return new Text(title, lead, String.join("\n", blocks), paragraphs);
    }

    private String opening() {
        var opening = sentence("pembuka").orElseThrow();
        return random.nextBoolean() ? opening + " " + fact() : opening;
    }

    private Kind kind(Kind previous) {
        int roll = random.nextInt(100);
        if (roll < 30 && previous != Kind.QUOTE && phrases.has("kutipan")) {
            return Kind.QUOTE;
        }
        return roll < 80 ? Kind.FACT : Kind.CONTEXT;
    }

    private String middle(Kind kind) {
        return switch (kind) {
            case QUOTE -> quote().orElseGet(this::fact);
            case FACT -> random.nextInt(100) < 25 ? fact() + " " + context() : fact();
            case CONTEXT -> context();
        };
    }

    private String closing() {
        return sentence("penutup").orElseGet(this::context);
    }

    private String fact() {
        return sentence("fakta").or(() -> sentence("konteks")).orElseGet(() -> again("fakta"));
    }

    private String context() {
        return sentence("konteks").or(() -> sentence("fakta")).orElseGet(() -> again("konteks"));
    }

    /** A long article that has used every sentence of its story starts over rather than stop. */
    private String again(String key) {
        phrases.reuse(key);
        return sentence(key).orElseThrow();
    }

    /** A quote with its attribution: the speaker is named in full the first time, briefly after. */
    private Optional<String> quote() {
        return phrases.next("kutipan").map(words -> {
            var attribution = phrases.anyTemplate(quotes++ == 0 ? "atribusi_awal" : "atribusi_lanjut");
            return Headlines.capitalize(punctuate(phrases.fill(attribution.replace("{kutipan}", words))));
        });
    }

    private void addSubheading(List<String> blocks, int paragraphs) {
        boolean wanted = random.nextInt(100) < 30;
        if (wanted && paragraphs >= 8 && phrases.has("subjudul")) {
            blocks.add(paragraphs / 2, "<h2>" + escape(sentence("subjudul").orElseThrow()) + "</h2>");
        }
    }

    private void addPullQuote(List<String> blocks, int paragraphs) {
        boolean wanted = random.nextInt(100) < 15;
        if (wanted && paragraphs >= 4) {
            phrases.next("kutipan")
                    .map(words -> punctuate("\"" + words + ".\""))
                    .ifPresent(quote -> blocks.add(2, "<blockquote>" + escape(quote) + "</blockquote>"));
        }
    }

    private Optional<String> sentence(String key) {
        return phrases.next(key).map(Headlines::capitalize);
    }

    /** A quote that asks or exclaims keeps its own mark: {@code "Siapa lagi?" katanya}, not {@code "Siapa lagi?,"}. */
    private static String punctuate(String text) {
        return text.replace("?,\"", "?\"")
                .replace("!,\"", "!\"")
                .replace("?.\"", "?\"")
                .replace("!.\"", "!\"");
    }

    private static String paragraph(String text) {
        return "<p>" + escape(text) + "</p>";
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }
}
