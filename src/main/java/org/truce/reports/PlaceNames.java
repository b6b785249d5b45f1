package org.truce.reports;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * How the gazetteer compares names: case, diacritics, apostrophes and punctuation do not count,
 * and the words that say what kind of area a name is ("Oblast", "район", "community") are taken
 * out and remembered, so that "Kursk region", "Курская область" and "kursk" meet.
 */
public final class PlaceNames {

    /** The kind of area a name's own words say it is. */
    public enum Kind { REGION, DISTRICT, TOWN, UNSAID }

    private static final Set<String> REGION_WORDS = Set.of("oblast", "oblasti", "oblasts", "region", "regions",
            "krai", "kray", "republic", "autonomous", "okrug", "province", "territory", "federal", "obl",
            "область", "области", "областях", "областей", "обл", "край", "краю", "республика", "республики",
            "республіка", "автономна", "автономная", "автономный", "автономний", "округ", "регион", "регіон",
            "федерального", "значения");
    private static final Set<String> DISTRICT_WORDS = Set.of("district", "districts", "raion", "rayon", "raione",
            "community", "hromada", "municipal", "municipality", "territorial", "urban", "settlement",
            "район", "районе", "районы", "р-н", "рн", "громада", "громади", "территориальная", "територіальна",
            "муниципальный", "городской", "міська", "селищна", "сільська", "община");
    private static final Set<String> TOWN_WORDS = Set.of("city", "town", "village", "of", "the",
            "г", "город", "м", "місто", "с", "село", "смт", "пгт", "посёлок", "поселок", "селище");
    private static final Pattern ADJECTIVE = Pattern.compile(
            "^(.{3,}?)(skiy|skii|skij|skyi|skyy|sky|ski|skaya|skoye|skoe|ska|ske|tskiy|tsky|"
                    + "ский|скии|ской|скои|ская|ское|ского|ський|ськии|ська|ське|цкий|цкии|цька|цький|цькии)$");

    private PlaceNames() {
    }

    /** A name reduced to what the gazetteer compares, with its kind words taken out. */
    public record Key(String text, Kind kind) {
        public boolean isEmpty() {
            return text.isEmpty();
        }
    }

    /** The comparable form of a name: lower case, no diacritics, no apostrophes, single spaces. */
    public static String normalize(String name) {
        if (name == null) {
            return "";
        }
        String decomposed = Normalizer.normalize(name.toLowerCase(Locale.ROOT), Normalizer.Form.NFD);
        StringBuilder out = new StringBuilder(decomposed.length());
        boolean space = false;
        for (int i = 0; i < decomposed.length(); i++) {
            char c = decomposed.charAt(i);
            int type = Character.getType(c);
            if (type == Character.NON_SPACING_MARK || c == '\'' || c == '’' || c == 'ʼ' || c == '`' || c == 'ʹ') {
                continue;
            }
            if (Character.isLetterOrDigit(c)) {
                if (space && out.length() > 0) {
                    out.append(' ');
                }
                out.append(c);
                space = false;
            } else {
                space = true;
            }
        }
        return out.toString();
    }

    /** The key of a name: normalized, kind words out, and the most specific kind they said. */
    public static Key key(String name) {
        String normalized = normalize(name);
        if (normalized.isEmpty()) {
            return new Key("", Kind.UNSAID);
        }
        Kind kind = Kind.UNSAID;
        List<String> kept = new ArrayList<>();
        for (String token : normalized.split(" ")) {
            if (DISTRICT_WORDS.contains(token)) {
                kind = Kind.DISTRICT;
            } else if (REGION_WORDS.contains(token)) {
                if (kind != Kind.DISTRICT) {
                    kind = Kind.REGION;
                }
            } else if (TOWN_WORDS.contains(token)) {
                if (kind == Kind.UNSAID) {
                    kind = Kind.TOWN;
                }
            } else {
                kept.add(token);
            }
        }
        return new Key(String.join(" ", kept), kind);
    }

    /**
     * The stem of an adjectival district name ("klimovsky" → "klimov", "климовский" → "климов"),
     * which names the district after its centre; null when the name is not adjectival.
     */
    public static String adjectiveStem(String key) {
        Matcher matcher = ADJECTIVE.matcher(key);
        return matcher.matches() ? matcher.group(1) : null;
    }

    /** Whether a town name continues a district's adjective stem by a short ending (klimov → klimovo). */
    public static boolean continuesStem(String townKey, String stem) {
        return townKey.startsWith(stem) && townKey.length() - stem.length() <= 3 && !townKey.contains(" ");
    }
}
