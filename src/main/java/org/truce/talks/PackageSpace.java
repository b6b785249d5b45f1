package org.truce.talks;

/**
 * The package space of two profiles over one agenda, walked in index order with both parties'
 * utilities computed incrementally (in hundredths, from weight &times; rating tables) while a
 * mixed-radix counter runs over the issues: the last issue is the inner loop, and a carry into an
 * earlier issue only adjusts the running sums by the difference of the changed options.
 */
final class PackageSpace {

    /** Receives every package in increasing index order. */
    interface Visitor {
        /**
         * @param index          the package's index in the agenda's mixed-radix numbering
         * @param first          first party's utility in hundredths (0..10000)
         * @param second         second party's utility in hundredths (0..10000)
         * @param withinRedLines true when the package holds no red-line option of either party
         */
        void visit(int index, int first, int second, boolean withinRedLines);
    }

    private final int[] radices;
    private final int[][] first;
    private final int[][] second;
    /** Number of parties (0, 1 or 2) holding each option as a red line. */
    private final int[][] blocked;
    private final int size;

    PackageSpace(PreferenceProfile firstProfile, PreferenceProfile secondProfile, int maxPackages) {
        NegotiationAgenda agenda = firstProfile.agenda();
        long count = agenda.packageCount();
        if (count > maxPackages) {
            throw new IllegalStateException("package space of " + count + " exceeds " + maxPackages);
        }
        this.size = (int) count;
        this.radices = agenda.optionCounts();
        this.first = firstProfile.scaledScores();
        this.second = secondProfile.scaledScores();
        boolean[][] red1 = firstProfile.redLineTable();
        boolean[][] red2 = secondProfile.redLineTable();
        this.blocked = new int[radices.length][];
        for (int i = 0; i < radices.length; i++) {
            blocked[i] = new int[radices[i]];
            for (int o = 0; o < radices[i]; o++) {
                blocked[i][o] = (red1[i][o] ? 1 : 0) + (red2[i][o] ? 1 : 0);
            }
        }
    }

    int size() {
        return size;
    }

    int firstUtility(NegotiationPackage pkg) {
        return sum(first, pkg);
    }

    int secondUtility(NegotiationPackage pkg) {
        return sum(second, pkg);
    }

    boolean withinRedLines(NegotiationPackage pkg) {
        return sum(blocked, pkg) == 0;
    }

    private static int sum(int[][] table, NegotiationPackage pkg) {
        int total = 0;
        for (int i = 0; i < table.length; i++) {
            total += table[i][pkg.choice(i)];
        }
        return total;
    }

    void forEach(Visitor visitor) {
        int last = radices.length - 1;
        int[] digits = new int[last];
        int prefixFirst = 0;
        int prefixSecond = 0;
        int prefixBlocked = 0;
        for (int i = 0; i < last; i++) {
            prefixFirst += first[i][0];
            prefixSecond += second[i][0];
            prefixBlocked += blocked[i][0];
        }
        int[] lastFirst = first[last];
        int[] lastSecond = second[last];
        int[] lastBlocked = blocked[last];
        int lastRadix = radices[last];
        int index = 0;
        while (true) {
            for (int o = 0; o < lastRadix; o++) {
                visitor.visit(index++, prefixFirst + lastFirst[o], prefixSecond + lastSecond[o],
                        prefixBlocked + lastBlocked[o] == 0);
            }
            int i = last - 1;
            for (; i >= 0; i--) {
                int d = digits[i];
                int next = d + 1 < radices[i] ? d + 1 : 0;
                prefixFirst += first[i][next] - first[i][d];
                prefixSecond += second[i][next] - second[i][d];
                prefixBlocked += blocked[i][next] - blocked[i][d];
                digits[i] = next;
                if (next != 0) {
                    break;
                }
            }
            if (i < 0) {
                return;
            }
        }
    }
}
