package id.redaksi;

import org.junit.platform.launcher.LauncherSession;
import org.junit.platform.launcher.LauncherSessionListener;

/** Sets the virtual-thread carriers before any test starts a virtual thread, as {@code main()} does for the portal. */
public class CarriersBeforeTests implements LauncherSessionListener {

    @Override
    public void launcherSessionOpened(LauncherSession session) {
        VirtualThreadCarriers.configure();
    }
}
