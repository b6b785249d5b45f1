package org.truce.ui.web;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import org.truce.shared.Category;

/** The taxonomy's categories by sector (electricity, gas, oil, heat), for the forms' grouped choices. */
public record SectorGroup(String code, List<Category> categories) {

    public static List<SectorGroup> all() {
        return Arrays.stream(Category.Sector.values())
                .map(sector -> new SectorGroup(sector.name().toLowerCase(Locale.ROOT),
                        Arrays.stream(Category.values()).filter(c -> c.sector() == sector).toList()))
                .toList();
    }
}
