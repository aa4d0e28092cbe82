/**
 * Stories being written: drafts, the review workflow, scheduling, revisions and corrections.
 *
 * <p>Other modules see only two named interfaces: {@code newsroom::events} (what happened to a story or an
 * assignment, for {@code notification}) and {@code newsroom::imports} ({@link id.redaksi.newsroom.StoryImports} and
 * the types it takes, for {@code demo} and later importers). The other public types here ({@code Newsroom},
 * {@code Story}, {@code Stories}, {@code Revisions}, {@code AuditLog}, ...) are public only because the desk's
 * controllers sit in the sub-package {@code desk}, which Java would otherwise not let see them; they are this
 * module's internals, and {@code ModularityTests} fails when another module uses one.
 */
@ApplicationModule(allowedDependencies = {"site", "article", "media", "account", "web", "frontpage"})
package id.redaksi.newsroom;

import org.springframework.modulith.ApplicationModule;
