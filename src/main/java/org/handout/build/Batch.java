package org.handout.build;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadFactory;
import org.handout.model.Handout;

/**
 * Builds many handouts at once. Each handout succeeds or fails on its own; one bad file never
 * stops the others.
 */
public final class Batch {
    private final BuildSettings settings;
    private final int jobs;
    private final BuildListener listener;

    public Batch(BuildSettings settings, int jobs, BuildListener listener) {
        this.settings = settings;
        this.jobs = jobs;
        this.listener = listener;
    }

    /** Results in the order of {@code sources}; the output folder's manifest is updated. */
    public List<HandoutResult> run(List<Path> sources) throws IOException {
        BuildManifest manifest = BuildManifest.load(settings.out());
        List<HandoutResult> results = build(sources, new HandoutBuilder(settings, manifest, sources));
        if (results.stream().anyMatch(r -> r.report().isPresent() && !r.upToDate())) {
            manifest.save(settings.out());
        }
        return results;
    }

    private List<HandoutResult> build(List<Path> sources, HandoutBuilder builder) {
        Map<String, Path> slugs = new HashMap<>();
        List<Future<HandoutResult>> pending = new ArrayList<>();
        ExecutorService pool = Executors.newFixedThreadPool(Math.min(jobs, Math.max(1, sources.size())), daemon());
        listener.started(sources.size());
        try {
            for (Path source : sources) {
                Path earlier = slugs.putIfAbsent(Handout.slugOf(source), source);
                if (earlier != null) {
                    HandoutResult clash = HandoutResult.failed(source, source + ": same output name as " + earlier
                            + "; rename one of the two files", Duration.ZERO);
                    pending.add(CompletableFuture.completedFuture(clash));
                    listener.finished(clash);
                    continue;
                }
                pending.add(pool.submit(() -> {
                    HandoutResult result = builder.build(source);
                    listener.finished(result);
                    return result;
                }));
            }
            List<HandoutResult> results = new ArrayList<>();
            for (Future<HandoutResult> future : pending) {
                results.add(await(future));
            }
            return results;
        } finally {
            pool.shutdownNow();
        }
    }

    private static HandoutResult await(Future<HandoutResult> future) {
        try {
            return future.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("build interrupted", e);
        } catch (ExecutionException e) {
            throw new IllegalStateException(e.getCause());
        }
    }

    private static ThreadFactory daemon() {
        return runnable -> {
            Thread thread = new Thread(runnable, "handout-build");
            thread.setDaemon(true);
            return thread;
        };
    }
}
