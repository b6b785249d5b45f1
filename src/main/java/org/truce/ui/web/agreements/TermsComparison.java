package org.truce.ui.web.agreements;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Two versions' terms side by side, term by term, each row marked when the versions differ. */
final class TermsComparison {

    /** One term in both versions; a side is empty when that version lacks the term (a clause added). */
    record Row(String key, String label, List<String> left, List<String> right, boolean changed) {
    }

    private TermsComparison() {
    }

    static List<Row> compare(List<TermsPresenter.TermLine> left, List<TermsPresenter.TermLine> right) {
        Map<String, TermsPresenter.TermLine> byKeyLeft = new LinkedHashMap<>();
        left.forEach(line -> byKeyLeft.put(line.key(), line));
        Map<String, TermsPresenter.TermLine> byKeyRight = new LinkedHashMap<>();
        right.forEach(line -> byKeyRight.put(line.key(), line));
        List<String> keys = new ArrayList<>(byKeyLeft.keySet());
        byKeyRight.keySet().stream().filter(key -> !byKeyLeft.containsKey(key)).forEach(keys::add);
        List<Row> rows = new ArrayList<>();
        for (String key : keys) {
            TermsPresenter.TermLine l = byKeyLeft.get(key);
            TermsPresenter.TermLine r = byKeyRight.get(key);
            List<String> leftValues = l == null ? List.of() : l.values();
            List<String> rightValues = r == null ? List.of() : r.values();
            rows.add(new Row(key, (l != null ? l : r).label(), leftValues, rightValues, !leftValues.equals(rightValues)));
        }
        return rows;
    }
}
