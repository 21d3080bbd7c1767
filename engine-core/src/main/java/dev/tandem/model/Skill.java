package dev.tandem.model;

import static com.google.common.base.Preconditions.checkArgument;

import java.util.Objects;
import java.util.regex.Pattern;

/**
 * A technician specialty (专长), an upper-case code such as {@code HV_SYSTEM}. The vocabulary is open: a network
 * may add its own codes; the common ones are constants here.
 *
 * @param code upper-case letters, digits and underscores, starting with a letter
 */
public record Skill(String code) implements Comparable<Skill> {

    private static final Pattern CODE = Pattern.compile("[A-Z][A-Z0-9_]*");

    /** High-voltage system: battery, motor, controller (三电). */
    public static final Skill HV_SYSTEM = new Skill("HV_SYSTEM");
    /** Body and paint (钣喷). */
    public static final Skill BODY_PAINT = new Skill("BODY_PAINT");
    /** Driver assistance sensors and software (智能驾驶). */
    public static final Skill ADAS = new Skill("ADAS");
    /** General maintenance (通用). */
    public static final Skill GENERAL = new Skill("GENERAL");

    public Skill {
        Objects.requireNonNull(code, "code");
        checkArgument(isValidCode(code), "The skill code (%s) must be upper-case letters, digits and underscores.",
                code);
    }

    public static Skill of(String code) {
        return new Skill(code);
    }

    /** Whether {@code code} is a well-formed skill code. */
    public static boolean isValidCode(String code) {
        return CODE.matcher(code).matches();
    }

    @Override
    public int compareTo(Skill other) {
        return code.compareTo(other.code);
    }

    @Override
    public String toString() {
        return code;
    }
}
