package dev.tandem.forecast;

import java.util.List;
import java.util.Objects;

import com.google.common.collect.ImmutableList;

import dev.tandem.model.Store;

/**
 * The forecast days of one store.
 *
 * @param store the store
 * @param days its forecast days, by date
 */
public record StoreForecast(Store store, List<ForecastDay> days) {

    public StoreForecast {
        Objects.requireNonNull(store, "store");
        days = ImmutableList.copyOf(days);
    }
}
