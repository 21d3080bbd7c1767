package dev.tandem.sample;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

import dev.tandem.io.snapshot.SnapshotJson;
import dev.tandem.network.NetworkSnapshot;

/** The networks bundled with Tandem. */
public final class SampleNetworks {

    private static final String SOUTH_CHINA = "/dev/tandem/sample/south-china.json";

    private SampleNetworks() {
    }

    /**
     * The South China network of the playbook on Friday 2026-11-27 at 09:00: 15 stores around the Pearl River
     * Delta and beyond, 50 common parts, 60 technicians and a week of capacity, with overloaded and idle stores
     * and some dead stock.
     */
    public static NetworkSnapshot southChina() {
        try (InputStream in = SampleNetworks.class.getResourceAsStream(SOUTH_CHINA)) {
            if (in == null) {
                throw new IllegalStateException("The bundled resource (" + SOUTH_CHINA + ") is missing.");
            }
            return SnapshotJson.read(in.readAllBytes(), SOUTH_CHINA);
        } catch (IOException e) {
            throw new UncheckedIOException("The bundled resource (" + SOUTH_CHINA + ") cannot be read.", e);
        }
    }
}
