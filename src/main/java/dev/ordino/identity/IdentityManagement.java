package dev.ordino.identity;

import dev.ordino.customers.CustomerManagement;
import dev.ordino.identity.internal.Tokens;
import dev.ordino.identity.internal.Users;
import dev.ordino.shared.Actor;
import dev.ordino.shared.CurrentActor;
import dev.ordino.shared.DomainException;
import dev.ordino.shared.FieldProblem;
import dev.ordino.shared.Page;
import dev.ordino.shared.PageRequest;
import dev.ordino.shared.Patch;
import dev.ordino.shared.ProblemType;
import dev.ordino.shared.StaleVersion;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Identity's entry point: users and their roles, API tokens, and who a bearer token belongs to. Passwords are
 * stored with a slow adaptive hash (bcrypt); token secrets, random and long, with SHA-256, so that a token is
 * found by its hash in one indexed lookup.
 */
@Service
@Transactional
public class IdentityManagement {

    private static final SecureRandom RANDOM = new SecureRandom();

    private final Users users;
    private final Tokens tokens;
    private final CustomerManagement customers;
    private final PasswordEncoder passwords;
    private final AuditLog audit;
    private final CurrentActor actor;
    private final Clock clock;
    /** The hash of a random password: compared against when the e-mail is unknown. */
    private final String unknownUserHash;

    IdentityManagement(
            Users users,
            Tokens tokens,
            CustomerManagement customers,
            PasswordEncoder passwords,
            AuditLog audit,
            CurrentActor actor,
            Clock clock) {
        this.audit = audit;
        this.actor = actor;
        this.unknownUserHash = passwords.encode(newSecret());
        this.users = users;
        this.tokens = tokens;
        this.customers = customers;
        this.passwords = passwords;
        this.clock = clock;
    }

    // --- users ---------------------------------------------------------------------------------------------

    public User createUser(NewUser request) {
        PasswordPolicy.check(request.password());
        var now = now();
        var user = new User(
                UUID.randomUUID(),
                request.email().strip(),
                request.name().strip(),
                request.role(),
                request.customerId(),
                true,
                1,
                now,
                now);
        check(user);
        if (users.findIdByEmail(user.email()).isPresent()) {
            throw new DomainException(
                    ProblemType.CONFLICT,
                    "A user with this e-mail already exists",
                    List.of(new FieldProblem("/email", "unique", "e-mail already in use")));
        }
        users.insert(user, request.password() == null ? null : passwords.encode(request.password()));
        audit.record(
                AuditEvent.USER_CREATED,
                "user:" + user.id(),
                detail("role", user.role().name(), "customerId", user.customerId()));
        return user;
    }

    @Transactional(readOnly = true)
    public User getUser(UUID id) {
        return users.find(id).orElseThrow(() -> DomainException.notFound("User", id));
    }

    @Transactional(readOnly = true)
    public Page<User> listUsers(PageRequest page) {
        return users.list(page);
    }

    @Transactional(readOnly = true)
    public long countUsers() {
        return users.count();
    }

    @Transactional(readOnly = true)
    public boolean hasAdmin() {
        return users.countWithRole(Role.ADMIN) > 0;
    }

    public User updateUser(UUID id, Patch<UserChanges> patch, Long expectedVersion) {
        var current = users.findForUpdate(id).orElseThrow(() -> DomainException.notFound("User", id));
        if (expectedVersion != null && expectedVersion != current.version()) {
            throw new StaleVersion("User " + current.id(), expectedVersion, current.version());
        }
        var c = patch.value();
        patch.requireNonNullIfPresent("name", c.name());
        patch.requireNonNullIfPresent("role", c.role());
        patch.requireNonNullIfPresent("active", c.active());
        patch.requireNonNullIfPresent("password", c.password());
        if (patch.has("password")) {
            PasswordPolicy.check(c.password());
        }
        var changed = new User(
                current.id(),
                current.email(),
                patch.has("name") ? c.name().strip() : current.name(),
                patch.has("role") ? c.role() : current.role(),
                current.customerId(),
                patch.has("active") ? c.active() : current.active(),
                current.version() + 1,
                current.createdAt(),
                now());
        check(changed);
        users.update(changed);
        if (patch.has("password")) {
            users.updatePassword(id, passwords.encode(c.password()));
        }
        audit.record(
                AuditEvent.USER_CHANGED,
                "user:" + id,
                detail(
                        "roleBefore", current.role().name(),
                        "role", changed.role().name(),
                        "active", changed.active(),
                        "passwordChanged", patch.has("password")));
        return changed;
    }

    /**
     * The caller a user becomes by signing in with this e-mail and password, if they may. An unknown e-mail
     * costs as much time as a wrong password, so answers do not tell which e-mails exist.
     */
    @Transactional(readOnly = true)
    public Optional<Actor> signIn(String email, String password) {
        var user = users.findIdByEmail(email).flatMap(users::find).orElse(null);
        var hash = user == null ? null : users.passwordHash(user.id()).orElse(null);
        if (hash == null) {
            passwords.matches(password, unknownUserHash);
            return Optional.empty();
        }
        if (!passwords.matches(password, hash) || !user.active()) {
            return Optional.empty();
        }
        return Optional.of(actorOf(user, user.role().scopes(), null));
    }

    /**
     * The actor a signed-in user (a UI session) is now: the user's current name, customer and the scopes of
     * their current role, or empty when the user has been deactivated or removed. A caller that is no user is
     * answered as it is. The UI asks this on every request, so that deactivating a user or changing their role
     * applies to their open sessions at once, as it does to their tokens ({@link #authenticate}).
     */
    @Transactional(propagation = Propagation.SUPPORTS, readOnly = true)
    public Optional<Actor> signedInNow(Actor signedIn) {
        var userId = userIdOf(signedIn);
        return userId == null ? Optional.of(signedIn) : activeUser(userId, null, null);
    }

    /** An active user as a caller, with the scopes of their role that {@code limit} also has. */
    private Optional<Actor> activeUser(UUID userId, java.util.Set<String> limit, Instant expiresAt) {
        return users.find(userId).filter(User::active).map(user -> {
            var scopes = new HashSet<>(user.role().scopes());
            if (limit != null) {
                scopes.retainAll(limit);
            }
            return actorOf(user, scopes, expiresAt);
        });
    }

    private static Actor actorOf(User user, java.util.Set<String> scopes, Instant expiresAt) {
        return new Actor("user:" + user.id(), user.name(), user.customerId(), scopes, expiresAt);
    }

    private void check(User user) {
        var problems = new ArrayList<FieldProblem>();
        if (user.role() == Role.BUYER) {
            if (user.customerId() == null) {
                problems.add(new FieldProblem("/customerId", "required", "a buyer buys for a customer"));
            } else if (customers.find(user.customerId()).isEmpty()) {
                problems.add(
                        new FieldProblem("/customerId", "exists", "customer " + user.customerId() + " does not exist"));
            }
        } else if (user.customerId() != null) {
            problems.add(new FieldProblem("/customerId", "buyerOnly", "only a buyer belongs to a customer"));
        }
        if (!problems.isEmpty()) {
            throw DomainException.invalid(problems);
        }
    }

    // --- tokens --------------------------------------------------------------------------------------------

    /**
     * Makes a token; its secret is in the answer and nowhere else. A token made with a token never outlives
     * it: without an {@code expiresAt} it expires with the token that makes it, and a later one is refused.
     */
    public CreatedToken createToken(NewToken request) {
        requireTokensScope(actor.get());
        request = ownTokenUnlessAdmin(request);
        var problems = new ArrayList<FieldProblem>();
        var scopes = new ArrayList<String>();
        User user = null;
        if (request.userId() != null) {
            user = users.find(request.userId()).orElse(null);
            if (user == null) {
                problems.add(new FieldProblem("/userId", "exists", "user " + request.userId() + " does not exist"));
            }
        }
        for (int i = 0; i < request.scopes().size(); i++) {
            var scope = request.scopes().get(i).strip().toLowerCase(Locale.ROOT);
            if (!Scopes.isKnown(scope)) {
                problems.add(
                        new FieldProblem("/scopes/" + i, "oneOf", "unknown scope " + scope + "; one of " + Scopes.ALL));
            } else if (user != null && !user.role().scopes().contains(scope)) {
                problems.add(
                        new FieldProblem("/scopes/" + i, "role", "a " + user.role() + " may not be given " + scope));
            } else if (!scopes.contains(scope)) {
                scopes.add(scope);
            }
        }
        var expiresAt = request.expiresAt();
        var parentExpiresAt = actor.get().expiresAt();
        if (expiresAt != null && !expiresAt.isAfter(clock.instant())) {
            problems.add(new FieldProblem("/expiresAt", "future", "must be in the future"));
        } else if (parentExpiresAt != null && expiresAt == null) {
            expiresAt = parentExpiresAt;
        } else if (parentExpiresAt != null && expiresAt.isAfter(parentExpiresAt)) {
            problems.add(new FieldProblem(
                    "/expiresAt",
                    "parent",
                    "a token made with a token expires no later than it does: " + parentExpiresAt));
        }
        if (!problems.isEmpty()) {
            throw DomainException.invalid(problems);
        }
        var secret = newSecret();
        var token = new ApiToken(
                UUID.randomUUID(), request.name().strip(), scopes, expiresAt, request.userId(), now(), null);
        tokens.insert(token, hash(secret));
        audit.record(
                AuditEvent.TOKEN_CREATED,
                "token:" + token.id(),
                detail(
                        "name",
                        token.name(),
                        "scopes",
                        token.scopes(),
                        "userId",
                        token.userId(),
                        "expiresAt",
                        token.expiresAt()));
        return new CreatedToken(token.id(), token.name(), secret, token.scopes(), token.expiresAt(), token.userId());
    }

    @Transactional(readOnly = true)
    /** Every token for an admin; a user's own tokens for anyone else. */
    public Page<ApiToken> listTokens(PageRequest page) {
        var caller = actor.get();
        return tokens.list(caller.may(Scopes.USERS_ADMIN) ? null : userIdOf(caller), page);
    }

    /**
     * An admin makes tokens for anyone; any other user (a buyer for their own account, a clerk for a script)
     * only for themselves, with at most their own scopes.
     */
    private NewToken ownTokenUnlessAdmin(NewToken request) {
        var caller = actor.get();
        if (caller.may(Scopes.USERS_ADMIN)) {
            return request;
        }
        var self = userIdOf(caller);
        if (self == null || (request.userId() != null && !request.userId().equals(self))) {
            throw new DomainException(ProblemType.FORBIDDEN, "Only an admin makes tokens for others");
        }
        var problems = new ArrayList<FieldProblem>();
        for (int i = 0; i < request.scopes().size(); i++) {
            var scope = request.scopes().get(i).strip().toLowerCase(Locale.ROOT);
            if (Scopes.isKnown(scope) && !caller.may(scope)) {
                problems.add(new FieldProblem(
                        "/scopes/" + i, "caller", "a token cannot give more than the token that makes it: " + scope));
            }
        }
        if (!problems.isEmpty()) {
            throw DomainException.invalid(problems);
        }
        return new NewToken(request.name(), request.scopes(), request.expiresAt(), self);
    }

    /** The user behind a caller, or null for a service token or the system. */
    private static UUID userIdOf(Actor caller) {
        return caller.id().startsWith("user:") ? UUID.fromString(caller.id().substring("user:".length())) : null;
    }

    /** Making and revoking tokens needs {@code tokens:write} (every role has it) or, for an admin, {@code users:admin}. */
    private static void requireTokensScope(Actor caller) {
        if (!caller.may(Scopes.TOKENS_WRITE) && !caller.may(Scopes.USERS_ADMIN)) {
            throw new DomainException(ProblemType.FORBIDDEN, "Making or revoking tokens needs " + Scopes.TOKENS_WRITE);
        }
    }

    /** A revoked token authenticates no one from now on. */
    public void revokeToken(UUID id) {
        var caller = actor.get();
        requireTokensScope(caller);
        var token = tokens.find(id)
                .filter(t -> caller.may(Scopes.USERS_ADMIN)
                        || (t.userId() != null && t.userId().equals(userIdOf(caller))))
                .orElseThrow(() -> DomainException.notFound("Token", id));
        if (token.revokedAt() == null) {
            tokens.revoke(id, now());
            audit.record(AuditEvent.TOKEN_REVOKED, "token:" + id, detail("name", token.name()));
        }
    }

    /**
     * Who a bearer token belongs to: a live token (not revoked, not expired) of an active user, or a service
     * token. A user's token can do no more than the user's role allows, even if the role was narrowed later.
     */
    // Runs on every API request: without a transaction of its own (BEGIN and COMMIT were two of its three
    // round trips); the token and its user are each read as committed, which is all a check needs.
    @Transactional(propagation = Propagation.SUPPORTS, readOnly = true)
    public Optional<Actor> authenticate(String secret) {
        if (secret == null || secret.isBlank()) {
            return Optional.empty();
        }
        var token = tokens.findByHash(hash(secret.strip())).orElse(null);
        if (token == null
                || token.revokedAt() != null
                || (token.expiresAt() != null && !token.expiresAt().isAfter(clock.instant()))) {
            return Optional.empty();
        }
        if (token.userId() == null) {
            return Optional.of(new Actor(
                    "token:" + token.id(), token.name(), null, new HashSet<>(token.scopes()), token.expiresAt()));
        }
        return activeUser(token.userId(), new HashSet<>(token.scopes()), token.expiresAt());
    }

    /** At first start: makes {@code secret} a service token with every scope, unless it already is one. */
    public void bootstrapToken(String secret) {
        if (tokens.findByHash(hash(secret)).isEmpty()) {
            tokens.insert(
                    new ApiToken(UUID.randomUUID(), "bootstrap", Scopes.ALL, null, null, now(), null), hash(secret));
        }
    }

    /** Audit details in the order given; absent values are left out. */
    private static java.util.Map<String, Object> detail(Object... namesAndValues) {
        var detail = new java.util.LinkedHashMap<String, Object>();
        for (int i = 0; i < namesAndValues.length; i += 2) {
            if (namesAndValues[i + 1] != null) {
                detail.put((String) namesAndValues[i], namesAndValues[i + 1].toString());
            }
        }
        return detail;
    }

    static String hash(String secret) {
        try {
            var digest = MessageDigest.getInstance("SHA-256").digest(secret.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String newSecret() {
        var bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return "ordino_" + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MICROS);
    }
}
