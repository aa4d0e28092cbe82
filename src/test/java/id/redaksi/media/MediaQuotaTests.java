package id.redaksi.media;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.springframework.util.unit.DataSize;

class MediaQuotaTests {

    private final MediaQuota quota = new MediaQuota(DataSize.ofMegabytes(1));

    @Test
    void anUploadThatFillsTheQuotaExactlyIsAdmitted() {
        assertThatCode(() -> quota.admit(800 * 1024, 224 * 1024)).doesNotThrowAnyException();
        assertThatCode(() -> quota.admit(0, 0)).doesNotThrowAnyException();
    }

    @Test
    void anUploadBeyondTheQuotaIsRefusedNamingTheQuotaAndWhatIsUsed() {
        assertThatThrownBy(() -> quota.admit(900 * 1024, 200 * 1024))
                .isInstanceOf(MediaRejected.class)
                .hasMessage("Kuota media situs ini 1 MB dan sudah terpakai 900 KB; unggahan 200 KB tidak muat lagi.");
        assertThatThrownBy(() -> quota.admit(DataSize.ofMegabytes(1).toBytes(), 1024))
                .hasMessage("Kuota media situs ini 1 MB dan sudah terpakai 1 MB; unggahan 1 KB tidak muat lagi.");
    }

    @Test
    void theDefaultQuotaIsNamedInGigabytes() {
        var generous = new MediaQuota(DataSize.ofGigabytes(10));

        assertThatThrownBy(() -> generous.admit(DataSize.ofGigabytes(10).toBytes() - 1024, 3 * 1024 * 1024))
                .hasMessage("Kuota media situs ini 10 GB dan sudah terpakai 10 GB; unggahan 3 MB tidak muat lagi.");
    }
}
