package hallq.controller.adapter.http;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import hallq.controller.core.Outcome;
import hallq.controller.service.Rejection;
import hallq.controller.service.StorageFailure;
import hallq.protocol.Json;
import hallq.protocol.rest.Problem;
import hallq.protocol.web.JettyProblems;
import io.javalin.config.JavalinConfig;
import io.javalin.http.Context;
import io.javalin.http.HttpResponseException;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.UnsupportedCharsetException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Every failure becomes a JSON problem body that says what was wrong; the caller's mistakes are 4xx. */
final class ProblemHandlers {
    private static final Logger LOG = LoggerFactory.getLogger(ProblemHandlers.class);
    private static final ObjectMapper JSON = Json.strict();

    private ProblemHandlers() {
    }

    static void register(JavalinConfig cfg) {
        // what Jetty itself refuses before a route runs (bad percent escapes, a NUL, bytes that are not UTF-8)
        cfg.jetty.modifyServer(server -> server.setErrorHandler(new JettyProblems()));
        cfg.routes.exception(UnsupportedCharsetException.class, (e, ctx) -> unknownCharset(ctx));
        cfg.routes.exception(IllegalCharsetNameException.class, (e, ctx) -> unknownCharset(ctx));
        cfg.routes.exception(TooMany.class, (e, ctx) -> problem(ctx, 429, "RATE_LIMITED", e.getMessage()));
        cfg.routes.exception(Rejection.class, (e, ctx) -> problem(ctx, status(e.reason()), e.reason().name(), e.getMessage()));
        cfg.routes.exception(BadRequest.class, (e, ctx) -> problem(ctx, 400, "INVALID", e.getMessage()));
        cfg.routes.exception(Unavailable.class, (e, ctx) -> problem(ctx, 503, "UNAVAILABLE", e.getMessage()));
        cfg.routes.exception(StorageFailure.class, (e, ctx) -> {
            LOG.error("storage failure on {} {}", ctx.method(), ctx.path(), e);
            problem(ctx, 503, "STORAGE", e.getMessage());
        });
        cfg.routes.exception(HttpResponseException.class, (e, ctx) ->
                problem(ctx, e.getStatus(), JettyProblems.code(e.getStatus()), message(e.getStatus(), e.getMessage())));
        cfg.routes.exception(Exception.class, (e, ctx) -> {
            JsonProcessingException json = jsonCause(e);
            if (json != null) {
                problem(ctx, 400, "INVALID", "the body is not valid: " + describe(json));
            } else {
                LOG.error("unexpected failure on {} {}", ctx.method(), ctx.path(), e);
                problem(ctx, 500, "INTERNAL", "internal error; the request may not have been carried out");
            }
        });
        cfg.routes.error(404, ctx -> {
            if (ctx.result() == null || ctx.result().isEmpty()) {
                problem(ctx, 404, "NOT_FOUND", "no such endpoint: " + ctx.method() + " " + ctx.path());
            }
        });
        cfg.routes.error(405, ctx -> problem(ctx, 405, "METHOD", ctx.method() + " is not allowed on " + ctx.path()));
    }

    static int status(Outcome.Reason reason) {
        return switch (reason) {
            case NOT_FOUND -> 404;
            case INVALID -> 400;
            case CONFLICT, LIMIT, PERSON_LIMIT, CLOSED, TOO_EARLY, TOO_LATE -> 409;
        };
    }

    private static String message(int status, String text) {
        return text == null || text.isBlank() ? "HTTP " + status : text;
    }

    static void problem(Context ctx, int status, String code, String message) {
        ctx.status(status).json(new Problem(status, code, clipMessage(message)));
    }

    private static void unknownCharset(Context ctx) {
        problem(ctx, 400, "INVALID", "the Content-Type names a charset this service does not know; send UTF-8");
    }

    /** A message quotes what was sent; a huge value is cut so the message stays readable. */
    static String clipMessage(String message) {
        return JettyProblems.clip(message);
    }

    private static JsonProcessingException jsonCause(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof JsonProcessingException j) {
                return j;
            }
        }
        return null;
    }

    private static String describe(JsonProcessingException e) {
        if (e instanceof UnrecognizedPropertyException u) {
            return "unknown field '" + u.getPropertyName() + "'";
        }
        if (e instanceof JsonMappingException m && !m.getPath().isEmpty()) {
            String field = m.getPath().get(m.getPath().size() - 1).getFieldName();
            return (field == null ? "" : "field '" + field + "': ") + firstLine(m.getOriginalMessage());
        }
        return firstLine(e.getOriginalMessage());
    }

    private static String firstLine(String s) {
        if (s == null) {
            return "malformed JSON";
        }
        int nl = s.indexOf('\n');
        String line = nl < 0 ? s : s.substring(0, nl);
        return line.length() > 200 ? line.substring(0, 200) : line;
    }

    /** A request the handler itself found malformed (bad path parameter, missing body). */
    static final class BadRequest extends RuntimeException {
        BadRequest(String message) {
            super(message, null, false, false);
        }
    }

    /** Something this hall relies on (the city hub) cannot answer now; nothing was changed. */
    static final class Unavailable extends RuntimeException {
        Unavailable(String message) {
            super(message, null, false, false);
        }
    }
}
