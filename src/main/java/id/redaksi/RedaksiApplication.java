package id.redaksi;

import id.redaksi.media.MediaCopyCommand;
import id.redaksi.wordpress.WordPressImportCommand;
import java.time.Clock;
import java.util.List;
import java.util.stream.Stream;
import org.springframework.boot.SpringApplication;
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
        SpringApplication.run(RedaksiApplication.class, commandArguments(args));
    }

    /** A command runs beside the nodes: the portal it starts (its beans need the web server) takes any free port. */
    private static String[] commandArguments(String[] args) {
        var given = List.of(args);
        boolean command = given.contains(MediaCopyCommand.NAME) || given.contains(WordPressImportCommand.NAME);
        if (!command || given.stream().anyMatch(a -> a.startsWith("--server.port="))) {
            return args;
        }
        return Stream.concat(given.stream(), Stream.of("--server.port=0")).toArray(String[]::new);
    }

    @Bean
    Clock clock() {
        return Clock.systemUTC();
    }
}
