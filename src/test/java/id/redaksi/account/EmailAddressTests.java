package id.redaksi.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class EmailAddressTests {

    @ParameterizedTest
    @ValueSource(strings = {"dede@warta.id", "dede.s+redaksi@mail.warta-malang.co.id"})
    void anAddressIsKeptAsTyped(String typed) {
        assertThat(EmailAddress.typed("  " + typed + " ")).contains(new EmailAddress(typed));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "   "})
    void aBlankFieldIsNoAddress(String typed) {
        assertThat(EmailAddress.typed(typed)).isEmpty();
        assertThat(EmailAddress.typed(null)).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "dede",
                "dede@warta",
                "@warta.id",
                "dede@@warta.id",
                "dede warta@warta.id",
                "dede@warta.id, eka@warta.id",
                "Dede <dede@warta.id>",
                "dede@warta.id\r\nBcc: x@y.id",
                "dede@warta."
            })
    void anythingElseIsRefused(String typed) {
        assertThatThrownBy(() -> EmailAddress.typed(typed)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void atMost254Characters() {
        var local = "a".repeat(64);
        var domain = "b".repeat(186) + ".id";
        assertThat(EmailAddress.typed(local + "@" + domain)).isPresent();
        assertThatThrownBy(() -> EmailAddress.typed(local + "@b" + domain))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
