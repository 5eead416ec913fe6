package org.procsite.serve;

import java.time.Duration;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.function.Consumer;

/**
 * The build the preview serves, and how a new one replaces it: the state machine behind
 * {@link PreviewServer}, with no HTTP in it.
 *
 * <p>A rebuild publishes its pages at once; the slow outputs (the PDF) follow on a thread of
 * their own and complete the same build, unless a newer build replaced it meanwhile (then they
 * are never made). A build gets a new id only when what it shows differs from the one before,
 * so open pages reload only then. One lock guards the state; one more keeps rebuilds in order.
 */
final class LatestBuild implements AutoCloseable {

    private final Previewer previewer;
    private final Consumer<Snapshot> onBuild;
    private final String session = Long.toString(System.currentTimeMillis(), 36);
    private final Object lock = new Object();
    private final Object buildLock = new Object();
    /** Makes the slow outputs (the PDF) of one build after another, after its pages are served. */
    private final ExecutorService laterExecutor;

    private Snapshot current; // guarded by lock
    /** The published build whose slow outputs are still being made, if any. */
    private Snapshot incomplete; // guarded by lock

    private int generation; // guarded by lock
    private boolean closed; // guarded by lock
    private int waiting; // requests waiting for the slow outputs; guarded by lock

    /** Builds once, the slow outputs included, and publishes it. */
    LatestBuild(Previewer previewer, Consumer<Snapshot> onBuild) {
        this.previewer = previewer;
        this.onBuild = onBuild;
        this.laterExecutor = Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(r, "procsite-later");
            t.setDaemon(true);
            return t;
        });
        publish(previewer.build(), false);
    }

    Snapshot current() {
        synchronized (lock) {
            return current;
        }
    }

    /** Rebuilds everything now; returns what is served from now on (its slow outputs may follow). */
    Snapshot rebuild() {
        return rebuild(Change.EVERYTHING);
    }

    /**
     * Rebuilds what {@code change} touches now, keeping the rest of the build served; returns
     * what is served from now on (its slow outputs may follow).
     */
    Snapshot rebuild(Change change) {
        synchronized (buildLock) { // one build at a time, so an older one never replaces a newer one
            Previewer.Staged staged = previewer.buildStaged(current(), change);
            if (staged.later().isEmpty()) {
                return publish(staged.first(), false);
            }
            Snapshot published = publish(staged.first(), true);
            Previewer.Later later = staged.later().get();
            try {
                laterExecutor.execute(() -> complete(published, later));
            } catch (RejectedExecutionException e) {
                // closed meanwhile: nothing will be served any more
            }
            return published;
        }
    }

    /** Waits until the build being served has all its outputs; returns it. */
    Snapshot awaitComplete() throws InterruptedException {
        synchronized (lock) {
            while (isIncomplete()) {
                lock.wait();
            }
            return current;
        }
    }

    /**
     * Waits at most {@code patience} for the build being served to have all its outputs; returns
     * the build served then, complete or not ({@link #isComplete} tells).
     */
    Snapshot awaitComplete(Duration patience) throws InterruptedException {
        long deadline = System.nanoTime() + patience.toNanos();
        synchronized (lock) {
            waiting++;
            lock.notifyAll();
            try {
                long left;
                while (isIncomplete() && (left = deadline - System.nanoTime()) > 0) {
                    lock.wait(Math.max(1, left / 1_000_000));
                }
                return current;
            } finally {
                waiting--;
            }
        }
    }

    /** Returns once {@code count} requests wait for the slow outputs (a test waits for that event, not for a time). */
    void awaitWaitingRequests(int count) throws InterruptedException {
        synchronized (lock) {
            while (waiting < count && !closed) {
                lock.wait();
            }
        }
    }

    /** Whether {@code snapshot} is the build served and has all its outputs. */
    boolean isComplete(Snapshot snapshot) {
        synchronized (lock) {
            return snapshot != incomplete;
        }
    }

    private boolean isIncomplete() {
        return incomplete != null && incomplete == current && !closed;
    }

    /**
     * The id of the build served, once it is not {@code seen} any more, or after {@code patience}
     * if nothing new came; null once closed.
     */
    String awaitIdOtherThan(String seen, Duration patience) throws InterruptedException {
        synchronized (lock) {
            if (!closed && current.id().equals(seen)) {
                lock.wait(patience.toMillis());
            }
            return closed ? null : current.id();
        }
    }

    /**
     * The second stage of {@code built}, unless a newer build replaced it meanwhile. The pages
     * are the same, so open pages do not reload: the build keeps its id, unless the stage failed
     * (a problem page more).
     */
    private void complete(Snapshot built, Previewer.Later later) {
        synchronized (lock) {
            if (current != built) {
                return; // superseded: its PDF would never be served
            }
        }
        Snapshot whole;
        try {
            whole = later.finish();
        } catch (RuntimeException | Error e) {
            whole = failure(e); // the pages stay served; the next save rebuilds
        }
        Snapshot told = null;
        synchronized (lock) {
            if (current != built) {
                return;
            }
            if (whole.problemPages().equals(built.problemPages())) {
                current = whole.withId(built.id());
            } else {
                generation++;
                current = whole.withId(session + "-" + generation);
            }
            // What the slow outputs added is said as build says it: a failure, or W006 once the PDF is counted.
            if (!whole.problemPages().equals(built.problemPages())
                    || whole.procedures().stream().anyMatch(p -> !p.late().isEmpty())) {
                told = current;
            }
            incomplete = null;
            lock.notifyAll();
        }
        if (told != null) {
            onBuild.accept(told);
        }
    }

    /**
     * A build that escaped every catch of the {@link Previewer} (it says its own failures):
     * served as a problem page, so that the next save, which rebuilds, is the way out.
     */
    Snapshot failed(Throwable e) {
        synchronized (buildLock) {
            return publish(failure(e), false);
        }
    }

    private static Snapshot failure(Throwable e) {
        String what = "the site could not be rebuilt";
        String message = ProblemPage.describe(e);
        return new Snapshot(
                "",
                java.util.Map.of(),
                java.util.Map.of("", ProblemPage.failure("procsite serve", what, message, ProblemPage.Words.ENGLISH)),
                java.util.List.of(),
                java.util.Set.of(),
                java.util.List.of(),
                java.util.Optional.of(what + ": " + message),
                0,
                0);
    }

    private Snapshot publish(Snapshot built, boolean more) {
        Snapshot published;
        synchronized (lock) {
            if (current != null && (more ? built.samePagesAs(current) : built.sameOutputAs(current))) {
                published = built.withId(current.id()); // nothing to reload
            } else {
                generation++;
                published = built.withId(session + "-" + generation);
            }
            current = published;
            incomplete = more ? published : null;
            lock.notifyAll();
        }
        onBuild.accept(published);
        return published;
    }

    /** Wakes every waiter; no build is published after. Safe to call twice. */
    @Override
    public void close() {
        synchronized (lock) {
            closed = true;
            lock.notifyAll();
        }
        laterExecutor.shutdownNow();
    }
}
