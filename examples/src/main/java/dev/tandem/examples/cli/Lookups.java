package dev.tandem.examples.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.TreeSet;
import java.util.stream.Collectors;

import dev.tandem.model.Part;
import dev.tandem.model.PartNumber;
import dev.tandem.model.Skill;
import dev.tandem.model.Store;
import dev.tandem.model.StoreId;
import dev.tandem.model.Technician;
import dev.tandem.network.NetworkSnapshot;

/**
 * Resolves what a user typed against a snapshot: a store by id or display name, a part by number or name, a
 * skill among those of the network's technicians. When it is not there, the message lists the valid values and
 * the nearest one.
 */
final class Lookups {

    private static final int SHOWN = 20;

    private Lookups() {
    }

    /**
     * @param text a store's id ({@code SZ}) or its display name ({@code 深圳店}, {@code Shenzhen Futian}, any case)
     * @throws UserInputException if no store, or more than one, has that id or name
     */
    static StoreId store(NetworkSnapshot network, String text) {
        if (text.isBlank()) {
            throw new UserInputException("a store is named by its id or its name, not left blank");
        }
        StoreId byId = StoreId.of(text);
        if (network.findStore(byId).isPresent()) {
            return byId;
        }
        String wanted = text.trim();
        List<Store> named = network.stores().stream().filter(store -> store.name().equalsIgnoreCase(wanted)
                || store.id().value().equalsIgnoreCase(wanted)).toList();
        if (named.size() == 1) {
            return named.get(0).id();
        }
        if (named.size() > 1) {
            throw new UserInputException("the store name \"" + text + "\" is shared by " + named.stream()
                    .map(store -> store.id().value()).collect(Collectors.joining(", ")) + "; give the store's id");
        }
        List<String> known = new ArrayList<>();
        network.stores().forEach(store -> {
            known.add(store.id().value());
            known.add(store.name());
        });
        throw new UserInputException("unknown store \"" + text + "\"" + Nearest.advice(text, known,
                "the stores are " + sample(network.stores().stream().map(Store::id).map(StoreId::value).toList())));
    }

    /**
     * @param text a part number ({@code HL-FL}) or a part's name, any case
     * @throws UserInputException if no part, or more than one, has that number or name
     */
    static PartNumber part(NetworkSnapshot network, String text) {
        if (text.isBlank()) {
            throw new UserInputException("a part is named by its number or its name, not left blank");
        }
        PartNumber byNumber = PartNumber.of(text);
        if (network.findPart(byNumber).isPresent()) {
            return byNumber;
        }
        String wanted = text.trim();
        List<Part> named = network.parts().stream().filter(part -> part.name().equalsIgnoreCase(wanted)
                || part.number().value().equalsIgnoreCase(wanted)).toList();
        if (named.size() == 1) {
            return named.get(0).number();
        }
        if (named.size() > 1) {
            throw new UserInputException("the part name \"" + text + "\" is shared by " + sample(named.stream()
                    .map(part -> part.number().value()).toList()) + "; give the part number");
        }
        List<String> known = new ArrayList<>();
        network.parts().forEach(part -> {
            known.add(part.number().value());
            known.add(part.name());
        });
        throw new UserInputException("unknown part \"" + text + "\"" + Nearest.advice(text, known,
                "the parts include " + sample(network.parts().stream().map(Part::number).map(PartNumber::value)
                        .toList())));
    }

    /**
     * @param code a skill code, any case, that a technician of the network has
     * @throws UserInputException listing the network's skills, the nearest first, if none has it
     */
    static Skill skill(NetworkSnapshot network, String code) {
        TreeSet<String> skills = new TreeSet<>();
        for (Technician technician : network.technicians()) {
            technician.skills().forEach(skill -> skills.add(skill.code()));
        }
        String wanted = code.trim().toUpperCase(Locale.ROOT);
        if (skills.contains(wanted)) {
            return Skill.of(wanted);
        }
        List<String> known = List.copyOf(skills);
        throw new UserInputException("unknown skill \"" + code + "\"" + Nearest.advice(code, known,
                known.isEmpty() ? "no technician of this network has a skill"
                        : "the skills of this network's technicians are " + String.join(", ", known)));
    }

    private static String sample(List<String> values) {
        String shown = values.stream().limit(SHOWN).collect(Collectors.joining(", "));
        return values.size() > SHOWN ? shown + ", ... (" + values.size() + " in all)" : shown;
    }
}
