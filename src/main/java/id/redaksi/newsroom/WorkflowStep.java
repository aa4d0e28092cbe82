package id.redaksi.newsroom;

import java.time.Instant;

/** A step of the review workflow, as the desk asks for it: taken after the form it came with is saved. */
public sealed interface WorkflowStep {

    record Submit() implements WorkflowStep {}

    record PullBack() implements WorkflowStep {}

    record RequestChanges(String note) implements WorkflowStep {}

    record Schedule(Instant at) implements WorkflowStep {}

    record Publish() implements WorkflowStep {}

    /** @param reason why, as the article's address will tell readers */
    record Unpublish(String reason) implements WorkflowStep {}
}
