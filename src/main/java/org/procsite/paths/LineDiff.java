package org.procsite.paths;

import java.util.ArrayList;
import java.util.List;

/** The lines that differ between two short lists, by longest common subsequence; "- " old, "+ " new. */
final class LineDiff {

    private LineDiff() {}

    /** Empty when the lists are equal; otherwise the removed and added lines, in order. */
    static List<String> diff(List<String> a, List<String> b) {
        return diff(a, b, a, b);
    }

    /** Compares {@code a} and {@code b}, and prints the matching lines of {@code shownA} and {@code shownB}. */
    static List<String> diff(List<String> a, List<String> b, List<String> shownA, List<String> shownB) {
        if (a.equals(b)) {
            return List.of();
        }
        int[][] lcs = new int[a.size() + 1][b.size() + 1];
        for (int i = a.size() - 1; i >= 0; i--) {
            for (int j = b.size() - 1; j >= 0; j--) {
                lcs[i][j] = a.get(i).equals(b.get(j)) ? lcs[i + 1][j + 1] + 1 : Math.max(lcs[i + 1][j], lcs[i][j + 1]);
            }
        }
        List<String> out = new ArrayList<>();
        int i = 0;
        int j = 0;
        while (i < a.size() || j < b.size()) {
            if (i < a.size() && j < b.size() && a.get(i).equals(b.get(j))) {
                i++;
                j++;
            } else if (j == b.size() || i < a.size() && lcs[i + 1][j] >= lcs[i][j + 1]) {
                out.add("- " + shownA.get(i++));
            } else {
                out.add("+ " + shownB.get(j++));
            }
        }
        return out;
    }
}
