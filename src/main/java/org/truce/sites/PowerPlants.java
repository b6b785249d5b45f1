package org.truce.sites;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.truce.shared.Category;
import org.truce.shared.PowerPlantKind;

/**
 * The shipped power plants of Ukraine and Russia (WRI Global Power Plant Database v1.3.0, CC BY
 * 4.0) as site nominations: each plant's fuel gives its kind, its country its owner party
 * (UKR → UA, RUS → RU; the file's plants of Belarus and Moldova belong to neither and are skipped).
 */
public final class PowerPlants {

    public static final String RESOURCE = "/data/power-plants-ua-ru.csv";
    public static final String SOURCE = "WRI Global Power Plant Database v1.3.0";
    /** GPPD country (ISO 3166-1 alpha-3) → party and country code. */
    public static final Map<String, String> PARTY_OF_COUNTRY = Map.of("UKR", "UA", "RUS", "RU");
    /** Combined heat and power, where the plant's name says so (CHP, CHPP, TETs, "heat and power"). */
    private static final Pattern CHP = Pattern.compile("\\b(CHPP?|TETS|TEC)\\b|HEAT AND POWER");

    private PowerPlants() {
    }

    /**
     * The kind of a plant: Nuclear → nuclear, Hydro → hydro, Solar → solar, Wind → wind; fuels
     * burnt for steam (Coal, Gas, Oil, Biomass, Geothermal steam, Other) → chp when the name
     * says it is a combined heat and power plant, otherwise thermal. Empty for an unknown fuel.
     */
    public static Optional<PowerPlantKind> kindOf(String fuel, String name) {
        return switch (fuel == null ? "" : fuel.strip().toLowerCase(Locale.ROOT)) {
            case "nuclear" -> Optional.of(PowerPlantKind.NUCLEAR);
            case "hydro" -> Optional.of(PowerPlantKind.HYDRO);
            case "solar" -> Optional.of(PowerPlantKind.SOLAR);
            case "wind" -> Optional.of(PowerPlantKind.WIND);
            case "coal", "gas", "oil", "biomass", "geothermal", "other" -> Optional.of(
                    name != null && CHP.matcher(name.toUpperCase(Locale.ROOT)).find()
                            ? PowerPlantKind.CHP : PowerPlantKind.THERMAL);
            default -> Optional.empty();
        };
    }

    /** The shipped plants of Ukraine and Russia, in file order. */
    public static List<SiteInput> shipped() {
        try (InputStream in = PowerPlants.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + RESOURCE);
            }
            return read(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static List<SiteInput> read(InputStream in) throws IOException {
        CSVFormat format = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get();
        List<SiteInput> plants = new ArrayList<>();
        try (CSVParser parser = CSVParser.parse(new InputStreamReader(in, StandardCharsets.UTF_8), format)) {
            for (CSVRecord plant : parser) {
                String party = PARTY_OF_COUNTRY.get(plant.get("country"));
                Optional<PowerPlantKind> kind = kindOf(plant.get("primary_fuel"), plant.get("name"));
                if (party == null || kind.isEmpty()) {
                    continue;
                }
                plants.add(new SiteInput(plant.get("name"), Category.POWER_PLANT.code(), kind.get().code(), null,
                        plant.get("latitude"), plant.get("longitude"), party, party, plant.get("capacity_mw"), SOURCE,
                        plant.get("gppd_idnr"), null, null));
            }
        }
        return plants;
    }
}
