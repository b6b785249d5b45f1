package org.truce.ui;

import org.truce.shared.InvalidInput;

/** A longitude/latitude box, as a map's view sends it: {@code west,south,east,north} (WGS 84 degrees). */
public record BoundingBox(double west, double south, double east, double north) {

    public BoundingBox {
        if (!(west >= -180 && east <= 180 && west < east)) {
            throw InvalidInput.of("bbox", "west and east are longitudes within -180..180, west < east");
        }
        if (!(south >= -90 && north <= 90 && south < north)) {
            throw InvalidInput.of("bbox", "south and north are latitudes within -90..90, south < north");
        }
    }

    /** Reads the query parameter {@code bbox=west,south,east,north}. */
    public static BoundingBox parse(String text) {
        if (text == null || text.isBlank()) {
            throw InvalidInput.of("bbox", "required: west,south,east,north in degrees");
        }
        String[] parts = text.split(",");
        if (parts.length != 4) {
            throw InvalidInput.of("bbox", "four numbers are required: west,south,east,north");
        }
        double[] values = new double[4];
        for (int i = 0; i < 4; i++) {
            try {
                values[i] = Double.parseDouble(parts[i].strip());
            } catch (NumberFormatException e) {
                throw InvalidInput.of("bbox", "'" + parts[i].strip() + "' is not a number");
            }
        }
        return new BoundingBox(values[0], values[1], values[2], values[3]);
    }

    public boolean contains(double longitude, double latitude) {
        return longitude >= west && longitude <= east && latitude >= south && latitude <= north;
    }
}
