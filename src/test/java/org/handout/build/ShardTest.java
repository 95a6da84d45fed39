package org.handout.build;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class ShardTest {
    private static final List<String> SLUGS = IntStream.range(0, 200).mapToObj(i -> "handout-" + i).toList();

    @Test
    void everySlugFallsToExactlyOneShard() {
        for (String slug : SLUGS) {
            assertThat(IntStream.rangeClosed(1, 3).filter(k -> new Shard(k, 3).includes(slug)).count())
                    .as(slug).isEqualTo(1);
        }
    }

    @Test
    void theSplitIsRoughlyEven() {
        for (int k = 1; k <= 4; k++) {
            Shard shard = new Shard(k, 4);
            assertThat(SLUGS.stream().filter(shard::includes).count()).isBetween(30L, 70L);
        }
    }

    @Test
    void theSplitIsFixedSoMachinesOnDifferentVersionsStillAgree() {
        // CRC-32 of the slug modulo N: pinned, since changing it would move handouts between the
        // machines of a running split.
        assertThat(new Shard(2, 2).includes("understanding-relapse")).isTrue();
        assertThat(new Shard(3, 3).includes("understanding-relapse")).isTrue();
    }

    @Test
    void theWholeLibraryIsOneShard() {
        assertThat(SLUGS).allMatch(Shard.WHOLE::includes);
    }

    @Test
    void readsKOfN() {
        assertThat(Shard.parse("2/4")).isEqualTo(new Shard(2, 4));
        assertThat(Shard.parse(" 1 / 1 ")).isEqualTo(Shard.WHOLE);
    }

    @Test
    void refusesAShardOutsideOneToN() {
        assertThatThrownBy(() -> Shard.parse("3/2")).hasMessage("a shard is K/N with 1 ≤ K ≤ N, e.g. 1/2; not '3/2'");
        assertThatThrownBy(() -> Shard.parse("0/2")).hasMessageContaining("not '0/2'");
        assertThatThrownBy(() -> Shard.parse("two")).hasMessage("a shard is K/N with 1 ≤ K ≤ N, e.g. 1/2; not 'two'");
        assertThatThrownBy(() -> Shard.parse("1/x")).hasMessageContaining("not '1/x'");
    }
}
