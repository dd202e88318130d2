package hallq.city.http;

import at.favre.lib.crypto.bcrypt.BCrypt;
import hallq.city.core.HubProblem;
import hallq.city.store.Registry;
import hallq.protocol.login.BasicLogins;
import hallq.protocol.login.RateLimiter;
import java.util.Optional;
import java.util.function.Function;

/**
 * HTTP Basic logins against bcrypt hashes: a hall's relay (its hall id and password) or the city
 * office's staff, through {@link BasicLogins} (a good login checked once, then remembered; after
 * {@value #REFUSED_PER_MINUTE} refused logins of either kind in a minute an address is answered 429 without a
 * check, except for a login already known to be good — so halls behind one government NAT address
 * keep reporting while someone there guesses).
 */
final class Logins {
    static final int REFUSED_PER_MINUTE = 20;
    private final BasicLogins logins;
    private final String who;

    /**
     * {@code who} names the accounts in the refusal ("the hall's id and password"); {@code refused}
     * is shared by every kind of login, so the limit holds per address whatever door is tried.
     */
    Logins(Function<String, Optional<String>> hashOf, String who, RateLimiter refused) {
        this.logins = new BasicLogins(hashOf, (password, hash) -> Registry.fitsBcrypt(password)
                && BCrypt.verifyer().verify(password, hash).verified,
                refused);
        this.who = who;
    }

    /** The account the {@code Authorization} header of a request from {@code address} proves; else 401 or 429. */
    String check(String authorization, String address) {
        BasicLogins.Verdict verdict = logins.check(authorization, address);
        if (verdict instanceof BasicLogins.Valid valid) {
            return valid.name();
        }
        if (verdict instanceof BasicLogins.Limited) {
            throw new HubProblem(429, "RATE_LIMITED", "登录失败次数过多，请一分钟后再试 / too many refused logins from "
                    + "this address; try again in a minute");
        }
        throw new HubProblem(401, "UNAUTHORIZED", "log in with " + who + " (HTTP Basic)");
    }
}
