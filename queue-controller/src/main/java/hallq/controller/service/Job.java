package hallq.controller.service;

import hallq.controller.core.Outcome;
import java.time.Instant;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * One command waiting for the writer: how to plan it at a given hall time, and how to present its
 * value once applied. Its caller waits until the batch it ran in is durable.
 */
final class Job<T, R> {
    private static final long TIMEOUT_SECONDS = 30;
    final Plan<T> plan;
    private final Present<T, R> present;
    private final CompletableFuture<R> result = new CompletableFuture<>();
    private R value;
    private RuntimeException failure;

    /** Decides a command with the core: the change to store and the value to answer, or a refusal. */
    @FunctionalInterface
    interface Plan<T> {
        Outcome<T> plan(HallModel hall, Instant now);
    }

    /** Turns the planned value into the caller's answer, right after the change is applied in memory. */
    @FunctionalInterface
    interface Present<T, R> {
        R present(HallModel hall, T value);
    }

    Job(Plan<T> plan, Present<T, R> present) {
        this.plan = plan;
        this.present = present;
    }

    void succeedLater(HallModel hall, T planned) {
        value = present.present(hall, planned);
    }

    void failLater(RuntimeException e) {
        failure = e;
    }

    /** Called once the batch is durable (or definitely not). */
    void finish() {
        if (failure != null) {
            result.completeExceptionally(failure);
        } else {
            result.complete(value);
        }
    }

    void fail(RuntimeException e) {
        result.completeExceptionally(e);
    }

    R await() {
        try {
            return result.get(TIMEOUT_SECONDS, TimeUnit.SECONDS);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException r) {
                throw r;
            }
            throw new IllegalStateException(e.getCause());
        } catch (TimeoutException e) {
            throw new StorageFailure("the controller did not store the change within " + TIMEOUT_SECONDS
                    + " s; check the ticket before retrying", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new StorageFailure("interrupted while waiting for the store", e);
        }
    }
}
