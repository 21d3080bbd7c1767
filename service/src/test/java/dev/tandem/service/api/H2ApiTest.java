package dev.tandem.service.api;

import java.nio.file.Files;
import java.nio.file.Path;

import dev.tandem.service.TestDatabases;

/** The API tests on the embedded H2 file database. */
class H2ApiTest extends ApiTests {

    @Override
    protected String databaseUrl() throws Exception {
        Path folder = Files.createTempDirectory("tandem-h2-api");
        folder.toFile().deleteOnExit();
        return TestDatabases.h2(folder);
    }
}
