package org.handout.build;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.zip.CRC32;
import org.handout.model.Handout;

/**
 * One part of a library split across machines or processes: {@code index} of {@code count}, both
 * counted from 1. A handout's part follows from its slug alone (a CRC-32 of it), so every runner
 * of a CI matrix or an indexed job agrees on the split without talking to the others, and adding a
 * handout never moves the others between parts.
 */
public record Shard(int index, int count) {
    public static final Shard WHOLE = new Shard(1, 1);

    public Shard {
        if (count < 1 || index < 1 || index > count) {
            throw new IllegalArgumentException("a shard is K/N with 1 ≤ K ≤ N, e.g. 1/2; not " + index + "/" + count);
        }
    }

    /** Reads {@code K/N}, e.g. {@code 2/4}. */
    public static Shard parse(String text) {
        String[] parts = text.strip().split("/", -1);
        try {
            if (parts.length == 2) {
                return new Shard(Integer.parseInt(parts[0].strip()), Integer.parseInt(parts[1].strip()));
            }
        } catch (IllegalArgumentException e) {
            // Not numbers, or out of range: the same advice either way.
        }
        throw new IllegalArgumentException("a shard is K/N with 1 ≤ K ≤ N, e.g. 1/2; not '" + text + "'");
    }

    public boolean includes(String slug) {
        CRC32 crc = new CRC32();
        crc.update(slug.getBytes(StandardCharsets.UTF_8));
        return crc.getValue() % count == index - 1;
    }

    /** The sources whose slug falls to this shard, in their given order. */
    public List<Path> of(List<Path> sources) {
        return sources.stream().filter(source -> includes(Handout.slugOf(source))).toList();
    }

    @Override
    public String toString() {
        return index + "/" + count;
    }
}
