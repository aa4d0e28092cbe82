package id.redaksi.media;

import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import org.springframework.stereotype.Component;

/**
 * How many pictures this node turns into pixels at once. Each holds up to {@link ImageDecoder#MAX_DECODED_BYTES} of
 * decoded pixels (and, for a turned photo, an upright copy) while it is scaled and encoded, so a handful of
 * simultaneous uploads could otherwise exhaust the heap.
 * An upload waits a little for a slot and is then asked to try again: an unbounded queue would only move the
 * pile-up into waiting request threads, each holding its upload's bytes.
 */
@Component
class DecodingSlots {

    /** A taken slot; closing it gives it back. */
    interface Slot extends AutoCloseable {
        @Override
        void close();
    }

    private final Semaphore slots;
    private final long waitMillis;

    DecodingSlots(MediaSettings settings) {
        this.slots = new Semaphore(settings.decodeSlots(), true);
        this.waitMillis = settings.decodeWait().toMillis();
    }

    /** @throws MediaBusy when no slot frees up within the configured wait */
    Slot take() {
        try {
            if (!slots.tryAcquire(waitMillis, TimeUnit.MILLISECONDS)) {
                throw new MediaBusy();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new MediaBusy();
        }
        return slots::release;
    }
}
