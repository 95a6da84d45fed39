package org.handout.check;

import java.util.ArrayList;
import java.util.List;

/**
 * A longest common subsequence of two sequences of keys, as index pairs in increasing order. The common start
 * and end are matched directly, so two texts that agree cost linear time; only the differing middle is aligned
 * by dynamic programming.
 */
final class Alignment {
    private Alignment() {
    }

    static List<int[]> of(String[] a, String[] b) {
        int start = 0;
        while (start < a.length && start < b.length && a[start].equals(b[start])) {
            start++;
        }
        int endA = a.length;
        int endB = b.length;
        while (endA > start && endB > start && a[endA - 1].equals(b[endB - 1])) {
            endA--;
            endB--;
        }
        List<int[]> pairs = new ArrayList<>();
        for (int k = 0; k < start; k++) {
            pairs.add(new int[] {k, k});
        }
        middle(a, b, start, endA, start, endB, pairs);
        for (int k = 0; k < a.length - endA; k++) {
            pairs.add(new int[] {endA + k, endB + k});
        }
        return pairs;
    }

    private static void middle(String[] a, String[] b, int fromA, int toA, int fromB, int toB, List<int[]> pairs) {
        int n = toA - fromA;
        int m = toB - fromB;
        if (n == 0 || m == 0) {
            return;
        }
        int[][] longest = new int[n + 1][m + 1];
        for (int i = n - 1; i >= 0; i--) {
            for (int j = m - 1; j >= 0; j--) {
                longest[i][j] = a[fromA + i].equals(b[fromB + j])
                        ? longest[i + 1][j + 1] + 1
                        : Math.max(longest[i + 1][j], longest[i][j + 1]);
            }
        }
        int i = 0;
        int j = 0;
        while (i < n && j < m) {
            if (a[fromA + i].equals(b[fromB + j])) {
                pairs.add(new int[] {fromA + i, fromB + j});
                i++;
                j++;
            } else if (longest[i + 1][j] >= longest[i][j + 1]) {
                i++;
            } else {
                j++;
            }
        }
    }
}
