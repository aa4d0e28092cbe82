package id.redaksi.media;

import org.springframework.util.unit.DataSize;

/**
 * The storage each site's pictures may take, so that one site (or one stolen newsroom account) cannot fill the
 * disk every site shares. Checked before an upload is decoded, against the upload's own size: its re-encoded
 * original and renditions differ a little, and two uploads at once may both pass a nearly full quota: it bounds
 * growth, it is no exact ledger.
 */
record MediaQuota(DataSize perSite) {

    void admit(long storedBytes, long uploadBytes) {
        if (storedBytes + uploadBytes > perSite.toBytes()) {
            throw new MediaRejected("Kuota media situs ini %s dan sudah terpakai %s; unggahan %s tidak muat lagi."
                    .formatted(
                            ImagePipeline.readable(perSite.toBytes()),
                            ImagePipeline.readable(storedBytes),
                            ImagePipeline.readable(uploadBytes)));
        }
    }
}
