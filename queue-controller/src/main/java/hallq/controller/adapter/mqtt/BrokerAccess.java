package hallq.controller.adapter.mqtt;

import hallq.controller.mqttauth.MosquittoHash;
import hallq.controller.mqttauth.MqttAccessPolicy;
import hallq.controller.mqttauth.MqttAccount;
import hallq.controller.mqttauth.MqttAccounts;
import io.moquette.broker.security.IAuthenticator;
import io.moquette.broker.security.IAuthorizatorPolicy;
import io.moquette.broker.subscriptions.Topic;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.BiPredicate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The embedded broker's gate: who may connect ({@link MqttAccounts}, password hashes) and what each
 * may publish and subscribe ({@link MqttAccessPolicy}). Anonymous clients are refused unless
 * {@code allowAnonymous} (a lab), in which case they may do anything, as on an open broker.
 * Refusals are counted and logged (the first of each kind per client and topic, then every 1000th).
 * It remembers which password hash each connection logged in with, so that a client whose account
 * is removed or given a new password can be told apart and dropped ({@link #revoked}).
 */
public final class BrokerAccess implements IAuthenticator, IAuthorizatorPolicy {
    private static final Logger LOG = LoggerFactory.getLogger(BrokerAccess.class);
    private final MqttAccounts accounts;
    private final MqttAccessPolicy policy;
    private final boolean allowAnonymous;
    private final AtomicLong refusals = new AtomicLong();
    private final Map<String, AtomicLong> refusedBy = new ConcurrentHashMap<>();
    /** Client id → the login it connected with; forgotten once the client is gone. */
    private final Map<String, Admitted> admitted = new ConcurrentHashMap<>();

    private record Admitted(String username, String hash, long atNanos) {
    }

    /** How long a fresh login is kept before the broker lists its connection. */
    private static final long LISTING_GRACE_NANOS = 30_000_000_000L;

    public BrokerAccess(MqttAccounts accounts, MqttAccessPolicy policy, boolean allowAnonymous) {
        this.accounts = accounts;
        this.policy = policy;
        this.allowAnonymous = allowAnonymous;
    }

    public boolean allowAnonymous() {
        return allowAnonymous;
    }

    /** Connections, publishes and subscriptions refused since the broker started. */
    public long refusals() {
        return refusals.get();
    }

    @Override
    public boolean checkValid(String clientId, String username, byte[] password) {
        if (username == null) {
            return allowAnonymous || refuse("connect", clientId, "-", "no username");
        }
        Optional<MqttAccount> account = accounts.find(username);
        if (account.isEmpty()) {
            return refuse("connect", clientId, username, "unknown client");
        }
        char[] chars = password == null ? null : utf8(password);
        try {
            if (chars == null || !MosquittoHash.verify(chars, account.get().hash())) {
                return refuse("connect", clientId, username, password == null ? "no password" : "wrong password");
            }
        } finally {
            if (chars != null) {
                Arrays.fill(chars, '\0');
            }
        }
        if (!policy.mayUseClientId(account.get(), clientId)) {
            return refuse("connect", clientId, username, "client id must be '" + username + "' or '" + username + "@…'");
        }
        admitted.put(clientId, new Admitted(username, account.get().hash(), System.nanoTime()));
        return true;
    }

    /**
     * Of the client ids the broker has connected now, those whose login no longer holds: the account
     * was removed, or given a new password, after they connected. Each is named once.
     */
    public List<String> revoked(Collection<String> connected) {
        long now = System.nanoTime();
        admitted.entrySet().removeIf(e -> !connected.contains(e.getKey())
                && now - e.getValue().atNanos() > LISTING_GRACE_NANOS);
        Map<String, String> hashes = new HashMap<>();
        accounts.all().forEach(a -> hashes.put(a.name(), a.hash()));
        List<String> out = new ArrayList<>();
        for (String id : connected) {
            Admitted a = admitted.get(id);
            if (a != null && !a.hash().equals(hashes.get(a.username())) && admitted.remove(id, a)) {
                out.add(id);
            }
        }
        return out;
    }

    /**
     * Whether a client may leave a Last Will on {@code willTopic}: as if it published there. A login
     * that is missing or unknown passes here; the broker refuses it at the login.
     */
    public boolean mayLeaveWill(String clientId, String username, String willTopic) {
        if (username == null) {
            return true;
        }
        Optional<MqttAccount> account = accounts.find(username);
        return account.isEmpty() || policy.mayPublish(account.get(), willTopic)
                || refuse("last will", clientId, username, willTopic);
    }

    @Override
    public boolean canWrite(Topic topic, String user, String client) {
        return allowed("publish", topic, user, client, policy::mayPublish);
    }

    @Override
    public boolean canRead(Topic topic, String user, String client) {
        return allowed("subscribe", topic, user, client, policy::maySubscribe);
    }

    private boolean allowed(String what, Topic topic, String user, String client,
                            BiPredicate<MqttAccount, String> rule) {
        if (user == null) {
            return allowAnonymous || refuse(what, client, "-", topic.toString());
        }
        Optional<MqttAccount> account = accounts.find(user);
        return account.isPresent() && rule.test(account.get(), topic.toString())
                || refuse(what, client, user, topic.toString());
    }

    private boolean refuse(String what, String clientId, String user, String detail) {
        refusals.incrementAndGet();
        String key = what + " " + user + " " + detail;
        if (refusedBy.size() > 10_000) {
            refusedBy.clear();
        }
        long n = refusedBy.computeIfAbsent(key, k -> new AtomicLong()).incrementAndGet();
        if (n == 1 || n % 1000 == 0) {
            LOG.warn("MQTT {} refused: client id '{}', user '{}': {}{}", what, clientId, user, detail,
                    n == 1 ? "" : " (" + n + " times)");
        }
        return false;
    }

    /** Password bytes as characters; a password that is not UTF-8 matches nothing. */
    private static char[] utf8(byte[] bytes) {
        try {
            CharBuffer cb = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes));
            char[] out = new char[cb.remaining()];
            cb.get(out);
            return out;
        } catch (CharacterCodingException e) {
            return new char[0];
        }
    }
}
