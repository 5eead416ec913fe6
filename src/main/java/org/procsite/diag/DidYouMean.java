package org.procsite.diag;

import java.text.Normalizer;
import java.util.Collection;
import java.util.Locale;
import java.util.Optional;

/** The closest known name to a mistyped one, for "did you mean 'x'?". */
public final class DidYouMean {

    private DidYouMean() {}

    /**
     * The candidate with the smallest edit distance to {@code typed}, if that distance is small
     * enough to be a typo: at most a third of the word, and at least 2. Ties go to the first.
     * Case is ignored: ids are lower case, and 'UNESS' for 'uness' is the commonest slip.
     */
    public static Optional<String> closest(String typed, Collection<String> candidates) {
        int limit = Math.max(2, typed.length() / 3);
        String lower = typed.toLowerCase(Locale.ROOT);
        String best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (String candidate : candidates) {
            if (Math.abs(candidate.length() - typed.length()) > limit) {
                continue; // cheap filter: keeps a 100k-id search fast
            }
            int d = distance(lower, candidate.toLowerCase(Locale.ROOT), limit);
            if (d <= limit && d < bestDistance) {
                best = candidate;
                bestDistance = d;
            }
        }
        return Optional.ofNullable(best);
    }

    /** " (did you mean 'x'?)" or "" — ready to append to a message. */
    public static String suffix(String typed, Collection<String> candidates) {
        return closest(typed, candidates)
                .map(c -> " (did you mean '" + c + "'?)")
                .orElse("");
    }

    /** Levenshtein distance, stopping early once every cell of a row exceeds {@code limit}. */
    static int distance(String a, String b, int limit) {
        int[] previous = new int[b.length() + 1];
        int[] current = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            previous[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            current[0] = i;
            int rowMin = current[0];
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                current[j] = Math.min(Math.min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + cost);
                rowMin = Math.min(rowMin, current[j]);
            }
            if (rowMin > limit) {
                return rowMin;
            }
            int[] swap = previous;
            previous = current;
            current = swap;
        }
        return previous[b.length()];
    }

    /**
     * The text as an id of procsite (lower-case letters, digits and dashes): lower case, accents
     * dropped, other characters as dashes; empty if nothing is left.
     */
    public static String validId(String text) {
        String plain = Normalizer.normalize(text.toLowerCase(Locale.ROOT), Normalizer.Form.NFD)
                .replaceAll("\\p{M}", "");
        return plain.replaceAll("[^a-z0-9]+", "-").replaceAll("^-|-$", "");
    }
}
