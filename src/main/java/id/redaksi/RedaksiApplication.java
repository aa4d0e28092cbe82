package id.redaksi;

import id.redaksi.media.MediaCopyCommand;
import java.time.Clock;
import java.util.List;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.context.annotation.Bean;
import org.springframework.scheduling.annotation.EnableScheduling;

@SpringBootApplication
@ConfigurationPropertiesScan
@EnableScheduling
public class RedaksiApplication {

    public static void main(String[] args) {
        VirtualThreadCarriers.configure();
        var application = new SpringApplication(RedaksiApplication.class);
        if (List.of(args).contains(MediaCopyCommand.NAME)) {
            // a command beside running nodes: it must not take their port
            application.setWebApplicationType(WebApplicationType.NONE);
        }
        application.run(args);
    }

    @Bean
    Clock clock() {
        return Clock.systemUTC();
    }
}
