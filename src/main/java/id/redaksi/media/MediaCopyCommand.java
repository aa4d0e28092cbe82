package id.redaksi.media;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.stereotype.Component;

/**
 * {@code java -jar redaksi.jar copy-media-to-s3 --redaksi.media.storage=s3 ...}: copies {@code redaksi.media.directory}
 * into the bucket and exits, 0 when every file is there, 1 otherwise (README, "Media on object storage").
 */
@Component
public final class MediaCopyCommand implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(MediaCopyCommand.class);

    /** The command's name on the command line; {@code RedaksiApplication} starts it on a free port. */
    public static final String NAME = "copy-media-to-s3";

    private final ConfigurableApplicationContext context;
    private final MediaSettings settings;

    MediaCopyCommand(ConfigurableApplicationContext context, MediaSettings settings) {
        this.context = context;
        this.settings = settings;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (!args.getNonOptionArgs().contains(NAME)) {
            return;
        }
        int status = copy();
        System.exit(SpringApplication.exit(context, () -> status));
    }

    private int copy() {
        var copy = context.getBeanProvider(MediaCopy.class).getIfAvailable();
        if (copy == null) {
            log.error("{} needs redaksi.media.storage=s3 and the bucket's settings", NAME);
            return 1;
        }
        try {
            copy.copy(settings.directory());
            return 0;
        } catch (Exception e) {
            log.error("{} stopped: {}", NAME, e.toString(), e);
            return 1;
        }
    }
}
