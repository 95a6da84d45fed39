package org.handout.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Two shards built at the same time into one output folder make one library. */
class ShardedBuildTest {
    private static final List<String> SLUGS = List.of("alpha", "bravo", "charlie", "delta");

    @TempDir
    Path dir;
    private final List<String> sources = new ArrayList<>();

    @BeforeEach
    void fourHandouts() throws IOException {
        Path folder = Files.createDirectories(dir.resolve("sources"));
        for (String slug : SLUGS) {
            sources.add(Files.writeString(folder.resolve(slug + ".md"), "# Handout " + slug + "\n\n- one\n- two\n").toString());
        }
    }

    private CommandRun shard(String shard) {
        return CommandRun.of(Stream.concat(Stream.of("build", "--formats", "html", "--out", dir.resolve("output").toString(),
                "--shard", shard), sources.stream()).toArray(String[]::new));
    }

    private static List<String> built(CommandRun run) {
        return SLUGS.stream().filter(slug -> run.out().lines().anyMatch(l -> l.contains(slug + ": "))).toList();
    }

    @Test
    void eachHandoutIsBuiltByExactlyOneShardAndTheLibraryListsThemAll() throws Exception {
        CompletableFuture<CommandRun> first = CompletableFuture.supplyAsync(() -> shard("1/2"));
        CompletableFuture<CommandRun> second = CompletableFuture.supplyAsync(() -> shard("2/2"));

        assertThat(first.get().exitCode()).as(first.get().out() + first.get().err()).isZero();
        assertThat(second.get().exitCode()).as(second.get().out() + second.get().err()).isZero();
        assertThat(built(first.get())).isNotEmpty().doesNotContainAnyElementsOf(built(second.get()));
        assertThat(Stream.concat(built(first.get()).stream(), built(second.get()).stream()))
                .containsExactlyInAnyOrderElementsOf(SLUGS);
        assertThat(Jsoup.parse(dir.resolve("output/index.html").toFile()).select("a[href]").eachAttr("href"))
                .containsAll(SLUGS.stream().map(slug -> slug + "/" + slug + ".html").toList());
        assertThat(Files.readString(dir.resolve("output/build-manifest.json"))).contains(SLUGS);
    }

    @Test
    void aShardRunAgainFindsItsHandoutsUpToDate() {
        shard("1/2");
        shard("2/2");

        CommandRun again = shard("2/2");

        assertThat(again.out().lines().filter(l -> l.endsWith(": up to date"))).hasSameSizeAs(built(again)).isNotEmpty();
    }

    @Test
    void refusesAShardThatIsNotKOfN() {
        CommandRun run = shard("3/2");

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("a shard is K/N with 1 ≤ K ≤ N, e.g. 1/2; not '3/2'");
    }
}
