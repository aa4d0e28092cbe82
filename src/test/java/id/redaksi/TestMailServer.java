package id.redaksi;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetupTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.test.context.DynamicPropertyRegistrar;

/**
 * A real SMTP server (GreenMail) in the test JVM, on a free port, that the portal under test sends its mail to
 * (application-test.properties turns mail on). Part of every {@link PortalTest}, so mail costs no context of its own;
 * tests tell their mail apart by the addresses they give their accounts.
 */
@TestConfiguration(proxyBeanMethods = false)
public class TestMailServer {

    @Bean(destroyMethod = "stop")
    GreenMail greenMail() {
        var server = new GreenMail(ServerSetupTest.SMTP.dynamicPort());
        server.start();
        return server;
    }

    @Bean
    DynamicPropertyRegistrar mailServerPort(GreenMail greenMail) {
        // the host is in application-test.properties: Boot decides whether to make a mail sender before this runs
        return properties ->
                properties.add("spring.mail.port", () -> greenMail.getSmtp().getPort());
    }
}
