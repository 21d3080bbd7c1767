package dev.tandem.service.flow;

import dev.tandem.model.PartNumber;
import dev.tandem.model.StoreId;
import dev.tandem.model.TechnicianId;
import dev.tandem.network.NetworkSnapshot;
import dev.tandem.service.ServiceException;

/**
 * Names in a request checked against the network: a store, part or technician that is not there is a 422 naming
 * the field (a JSON pointer into the body, or a query parameter) and the value.
 */
public final class Names {

    private Names() {
    }

    public static StoreId store(NetworkSnapshot network, String field, String id) {
        if (network.findStore(StoreId.of(id)).isEmpty()) {
            throw ServiceException.invalid(field, "must be a store of the network", id);
        }
        return StoreId.of(id);
    }

    public static PartNumber part(NetworkSnapshot network, String field, String id) {
        if (network.findPart(PartNumber.of(id)).isEmpty()) {
            throw ServiceException.invalid(field, "must be a part of the network's catalogue", id);
        }
        return PartNumber.of(id);
    }

    public static TechnicianId technician(NetworkSnapshot network, String field, String id) {
        if (network.findTechnician(TechnicianId.of(id)).isEmpty()) {
            throw ServiceException.invalid(field, "must be a technician of the network", id);
        }
        return TechnicianId.of(id);
    }
}
