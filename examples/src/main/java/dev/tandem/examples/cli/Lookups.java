package dev.tandem.examples.cli;

import java.util.List;
import java.util.stream.Collectors;

import dev.tandem.model.Part;
import dev.tandem.model.PartNumber;
import dev.tandem.model.Skill;
import dev.tandem.model.Store;
import dev.tandem.model.StoreId;
import dev.tandem.network.NetworkSnapshot;

/** Resolves what a user typed against a snapshot, with a helpful message when it is not there. */
final class Lookups {

    private static final int SHOWN = 20;

    private Lookups() {
    }

    static StoreId store(NetworkSnapshot network, String id) {
        StoreId storeId = StoreId.of(id);
        if (network.findStore(storeId).isEmpty()) {
            throw new UserInputException("unknown store \"" + id + "\"; the stores are " + sample(
                    network.stores().stream().map(Store::id).map(StoreId::value).toList()));
        }
        return storeId;
    }

    static PartNumber part(NetworkSnapshot network, String number) {
        PartNumber partNumber = PartNumber.of(number);
        if (network.findPart(partNumber).isEmpty()) {
            throw new UserInputException("unknown part \"" + number + "\"; the parts include " + sample(
                    network.parts().stream().map(Part::number).map(PartNumber::value).toList()));
        }
        return partNumber;
    }

    static Skill skill(String code) {
        if (!Skill.isValidCode(code)) {
            throw new UserInputException("\"" + code + "\" is not a skill code; use upper-case codes such as "
                    + "HV_SYSTEM, BODY_PAINT, ADAS, GENERAL");
        }
        return Skill.of(code);
    }

    private static String sample(List<String> values) {
        String shown = values.stream().limit(SHOWN).collect(Collectors.joining(", "));
        return values.size() > SHOWN ? shown + ", ... (" + values.size() + " in all)" : shown;
    }
}
