package dev.tandem.model;

/**
 * A point on the earth in decimal degrees (WGS 84).
 *
 * <p>Any double is accepted here; a snapshot rejects a latitude outside [-90, 90], a longitude outside
 * [-180, 180] and NaN when it is built.
 *
 * @param lat latitude in degrees, north positive
 * @param lon longitude in degrees, east positive
 */
public record GeoPoint(double lat, double lon) {

    private static final double EARTH_RADIUS_KM = 6371.0088;

    public static GeoPoint of(double lat, double lon) {
        return new GeoPoint(lat, lon);
    }

    /** Whether both coordinates are finite and in range. */
    public boolean isValid() {
        return lat >= -90.0 && lat <= 90.0 && lon >= -180.0 && lon <= 180.0;
    }

    /** The great-circle distance to {@code other} in kilometres (haversine formula, mean earth radius). */
    public double greatCircleKm(GeoPoint other) {
        double phi1 = Math.toRadians(lat);
        double phi2 = Math.toRadians(other.lat);
        double dPhi = phi2 - phi1;
        double dLambda = Math.toRadians(other.lon - lon);
        double sinPhi = Math.sin(dPhi / 2);
        double sinLambda = Math.sin(dLambda / 2);
        double h = sinPhi * sinPhi + Math.cos(phi1) * Math.cos(phi2) * sinLambda * sinLambda;
        return 2 * EARTH_RADIUS_KM * Math.asin(Math.min(1.0, Math.sqrt(h)));
    }
}
