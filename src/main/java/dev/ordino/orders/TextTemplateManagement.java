package dev.ordino.orders;

import dev.ordino.shared.CurrentActor;
import dev.ordino.shared.DomainException;
import dev.ordino.shared.FieldProblem;
import dev.ordino.shared.Patch;
import dev.ordino.shared.ProblemType;
import dev.ordino.shared.StaffOnly;
import dev.ordino.shared.StaleVersion;
import java.time.Clock;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Text templates for an order's note to the customer and its terms: the staff's, never a buyer's (a buyer sees the
 * text on her order, not the templates). Reading needs {@code orders:read}, writing {@code orders:write}; a name
 * is unique per kind (422 naming {@code /name}).
 */
@Service
@Transactional
public class TextTemplateManagement {

    private final TextTemplates templates;
    private final CurrentActor actor;
    private final Clock clock;

    TextTemplateManagement(TextTemplates templates, CurrentActor actor, Clock clock) {
        this.templates = templates;
        this.actor = actor;
        this.clock = clock;
    }

    /** The templates of {@code kind} (all when null), by name. */
    @Transactional(readOnly = true)
    public List<TextTemplate> list(@Nullable TextTemplateKind kind) {
        requireStaff("orders:read");
        return templates.list(kind);
    }

    @Transactional(readOnly = true)
    public TextTemplate get(UUID id) {
        requireStaff("orders:read");
        return templates.find(id).orElseThrow(() -> DomainException.notFound("Text template", id));
    }

    /**
     * 403 unless the caller is staff who write orders: a controller asks this before it validates a body, so that
     * a caller who may not write templates learns nothing of what a template needs.
     */
    public void requireMayWrite() {
        requireStaff(OrderPermissions.WRITE_PERMISSION);
    }

    public TextTemplate create(NewTextTemplate request) {
        requireStaff(OrderPermissions.WRITE_PERMISSION);
        var name = request.name().strip();
        requireFreeName(request.kind(), name, new UUID(0, 0));
        var now = clock.instant().truncatedTo(ChronoUnit.MICROS);
        var template = new TextTemplate(
                UUID.randomUUID(), request.kind(), name, request.text().strip(), 1, now, now);
        templates.insert(template);
        return template;
    }

    /** Changes the name or the text; {@code expectedVersion} (If-Match) 412 when stale. */
    public TextTemplate update(UUID id, Patch<TextTemplateChanges> patch, @Nullable Long expectedVersion) {
        requireStaff(OrderPermissions.WRITE_PERMISSION);
        var current = templates.find(id).orElseThrow(() -> DomainException.notFound("Text template", id));
        if (expectedVersion != null && expectedVersion != current.version()) {
            throw new StaleVersion("Text template " + current.name(), expectedVersion, current.version());
        }
        var c = patch.value();
        patch.requireNonNullIfPresent("name", c.name());
        patch.requireNonNullIfPresent("text", c.text());
        var name = patch.has("name") ? requireText(c.name(), "/name") : current.name();
        var text = patch.has("text") ? requireText(c.text(), "/text") : current.text();
        requireFreeName(current.kind(), name, id);
        var changed = new TextTemplate(
                id,
                current.kind(),
                name,
                text,
                current.version() + 1,
                current.createdAt(),
                clock.instant().truncatedTo(ChronoUnit.MICROS));
        if (!templates.update(changed, current.version())) {
            throw new StaleVersion("Text template " + current.name(), current.version(), current.version() + 1);
        }
        return changed;
    }

    public void delete(UUID id) {
        requireStaff(OrderPermissions.WRITE_PERMISSION);
        templates.find(id).orElseThrow(() -> DomainException.notFound("Text template", id));
        templates.delete(id);
    }

    /**
     * The text of template {@code id} for an order's field ({@code pointer}): 422 when there is no such template or
     * it is of another kind.
     */
    @Transactional(readOnly = true)
    public String textOf(UUID id, TextTemplateKind kind, String pointer) {
        requireStaff("orders:read");
        return templates
                .find(id)
                .filter(t -> t.kind() == kind)
                .map(TextTemplate::text)
                .orElseThrow(
                        () -> DomainException.invalid(pointer, "exists", "there is no " + kind + " template " + id));
    }

    private void requireStaff(String scope) {
        var caller = actor.get();
        StaffOnly.require(caller, "Text templates");
        if (!caller.may(scope)) {
            throw new DomainException(ProblemType.FORBIDDEN, "Text templates need the " + scope + " permission");
        }
    }

    private void requireFreeName(TextTemplateKind kind, String name, UUID except) {
        if (templates.nameTaken(kind, name, except)) {
            var message = "a " + kind + " template named '" + name + "' exists already";
            throw new DomainException(
                    ProblemType.VALIDATION, message, List.of(new FieldProblem("/name", "unique", message)));
        }
    }

    private static String requireText(String value, String pointer) {
        if (value.isBlank()) {
            throw DomainException.invalid(pointer, "required", "must not be blank");
        }
        return value.strip();
    }
}
