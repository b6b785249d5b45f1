package org.truce.verification;

import org.truce.shared.Role;
import org.truce.shared.Viewer;
import org.truce.sites.SiteVisibility;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Blind matching: a party reading a determination learns that a claim matched "a protected site
 * registered by RU" and its category (and whether that category is protected, and whether its
 * control is contested), never the other party's site id, name, status or distance (a distance
 * from a known point would place it on a circle), unless the lists are exchanged
 * ({@link SiteVisibility}, which asks the agreement). Monitors and the mediator see everything.
 */
public final class Blind {

    private Blind() {
    }

    public static List<Determination> apply(List<Determination> determinations, Viewer viewer, SiteVisibility visibility) {
        if (viewer.is(Role.MEDIATOR) || viewer.is(Role.MONITOR)) {
            return determinations;
        }
        Map<String, Boolean> seesOwner = new LinkedHashMap<>();
        List<Determination> result = new ArrayList<>(determinations.size());
        for (Determination d : determinations) {
            List<Step> steps = new ArrayList<>();
            for (Step step : d.steps()) {
                Object sites = step.facts().get("sites");
                if (!(sites instanceof List<?> list) || list.isEmpty()) {
                    steps.add(step);
                    continue;
                }
                List<Map<String, Object>> shown = new ArrayList<>();
                for (Object o : list) {
                    @SuppressWarnings("unchecked")
                    Map<String, Object> site = (Map<String, Object>) o;
                    String owner = (String) site.get("owner");
                    boolean sees = seesOwner.computeIfAbsent(owner, ow -> visibility.sees(viewer, ow));
                    shown.add(sees ? site : blind(site));
                }
                Map<String, Object> facts = new LinkedHashMap<>(step.facts());
                facts.put("sites", shown);
                steps.add(new Step(step.test(), step.outcome(), facts));
            }
            result.add(new Determination(d.agreementId(), d.version(), d.verdict(), d.reason(), d.allegedAgainst(), steps));
        }
        return result;
    }

    static Map<String, Object> blind(Map<String, Object> site) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("site", "a protected site registered by " + site.get("owner"));
        m.put("owner", site.get("owner"));
        m.put("category", site.get("category"));
        m.put("kind", site.get("kind"));
        m.put("protectedCategory", site.get("protectedCategory"));
        m.put("controlContested", site.get("controlContested"));
        return m;
    }
}
