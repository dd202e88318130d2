package hallq.controller.adapter.http;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import hallq.controller.auth.StaffAccount;
import hallq.protocol.Json;
import io.javalin.http.Context;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;

/** Reading what a request carries, with clear errors for what is malformed. */
final class Requests {
    private static final ObjectMapper JSON = Json.strict();
    private Requests() {
    }

    static int intPath(Context ctx, String name) {
        String v = ctx.pathParam(name);
        if (!v.matches("\\d{1,6}")) {
            throw new ProblemHandlers.BadRequest(name + " must be a whole number, got '" + clip(v) + "'");
        }
        return Integer.parseInt(v);
    }

    /** The JSON body as {@code type}, or {@code empty} when there is no body. */
    static <T> T body(Context ctx, Class<T> type, T empty) {
        String body = ctx.body();
        if (body.isBlank()) {
            if (empty == null) {
                throw new ProblemHandlers.BadRequest("a JSON body is required");
            }
            return empty;
        }
        T value;
        try {
            value = JSON.readValue(body, type);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
        if (value == null) {
            throw new ProblemHandlers.BadRequest("a JSON object is required, got null");
        }
        return value;
    }

    /** A {@code YYYY-MM-DD} query parameter, or null when absent. */
    static LocalDate date(Context ctx, String name) {
        String v = ctx.queryParam(name);
        if (v == null || v.isBlank()) {
            return null;
        }
        LocalDate d;
        try {
            d = LocalDate.parse(v);
        } catch (DateTimeParseException e) {
            throw new ProblemHandlers.BadRequest(name + " must be a date like 2026-11-23, got '" + clip(v) + "'");
        }
        return inRange(name, d);
    }

    /** Dates a hall can have records or plans for; anything else would overflow the time arithmetic. */
    static LocalDate inRange(String name, LocalDate d) {
        if (d.getYear() < 2000 || d.getYear() > 2100) {
            throw new ProblemHandlers.BadRequest(name + " must be between 2000-01-01 and 2100-12-31, got " + d);
        }
        return d;
    }

    /** The logged-in staff member when there is one (never what the request claims), else the header or fallback. */
    static String actor(Context ctx, String fallback) {
        String staff = ctx.attribute(StaffAccount.ACTOR_ATTRIBUTE);
        if (staff != null) {
            return staff;
        }
        String h = ctx.header("X-HallQ-Actor");
        return h == null || h.isBlank() ? fallback : clip(h);
    }

    static String clip(String s) {
        return s.length() > 64 ? s.substring(0, 64) : s;
    }
}
