package dev.tandem.service.api;

import dev.tandem.service.TestDatabases;

/** The API tests on PostgreSQL ({@code TANDEM_TEST_PG_URL}); they fail under CI when it is not set. */
class PostgresApiTest extends ApiTests {

    private String url;

    @Override
    protected String databaseUrl() {
        url = TestDatabases.postgresSchema();
        return url;
    }

    @Override
    protected void dropDatabase() {
        if (url != null) {
            TestDatabases.dropSchema(url);
        }
    }
}
