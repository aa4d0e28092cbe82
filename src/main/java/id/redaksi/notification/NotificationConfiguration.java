package id.redaksi.notification;

import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableAsync;

/**
 * Mails go out on Spring Boot's task executor (virtual threads), after the step's transaction committed: a slow or
 * unreachable SMTP server never holds up or undoes a step in the newsroom.
 */
@Configuration
@EnableAsync
class NotificationConfiguration {}
