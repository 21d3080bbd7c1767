package dev.tandem.io.csv;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.regex.Pattern;

import com.google.common.collect.ImmutableMap;

import dev.tandem.model.Level;
import dev.tandem.model.Money;
import dev.tandem.model.Skill;
import dev.tandem.model.TechnicianStatus;
import dev.tandem.model.TimeWindow;

/**
 * Parses the text of one spreadsheet cell into a model value, in English or in the playbook's Chinese. Each parser
 * takes a trimmed, non-blank cell and throws {@link IllegalArgumentException} with a message that names the value
 * and what was expected, which the importer records as a problem at the cell's place.
 */
final class CsvCells {

    /** Units a spreadsheet may write after a count, such as {@code 30台} in the playbook's capacity table. */
    private static final Pattern COUNT_UNIT = Pattern.compile("\\s*[台辆件个]$");
    private static final Pattern MONEY_SIGN = Pattern.compile("^[¥￥]\\s*|\\s*元$");
    private static final Pattern LIST_SEPARATOR = Pattern.compile("[;；、|,，]");
    private static final Pattern WINDOW_SEPARATOR = Pattern.compile("[;；]");
    /** Excel in a Chinese locale writes dates as {@code 2026/11/27}. */
    private static final DateTimeFormatter SLASHED_DATE = DateTimeFormatter.ofPattern("uuuu/M/d", Locale.ROOT);

    /** The playbook's names of the common skills (专长). */
    static final ImmutableMap<String, Skill> SKILL_LABELS = ImmutableMap.<String, Skill>builder()
            .put("三电", Skill.HV_SYSTEM)
            .put("三电故障", Skill.HV_SYSTEM)
            .put("三电系统", Skill.HV_SYSTEM)
            .put("钣喷", Skill.BODY_PAINT)
            .put("钣金喷漆", Skill.BODY_PAINT)
            .put("智能驾驶", Skill.ADAS)
            .put("智驾", Skill.ADAS)
            .put("通用", Skill.GENERAL)
            .put("常规保养", Skill.GENERAL)
            .put("保养", Skill.GENERAL)
            .buildOrThrow();

    /** The playbook's names of the technician statuses (当前状态). */
    static final ImmutableMap<String, TechnicianStatus> STATUS_LABELS = ImmutableMap.of(
            "在岗", TechnicianStatus.ON_DUTY,
            "休息", TechnicianStatus.OFF,
            "支援中", TechnicianStatus.ON_SUPPORT,
            "请假", TechnicianStatus.LEAVE);

    private CsvCells() {
    }

    /** A whole number such as {@code 30}, {@code 30.0} or {@code 30台}. */
    static int wholeNumber(String cell) {
        String digits = COUNT_UNIT.matcher(cell).replaceFirst("");
        try {
            return new BigDecimal(digits).intValueExact();
        } catch (NumberFormatException | ArithmeticException e) {
            throw new IllegalArgumentException("\"" + cell + "\" is not a whole number");
        }
    }

    /** A decimal number such as {@code 22.5431}; no NaN, no infinity. */
    static double number(String cell) {
        try {
            return new BigDecimal(cell).doubleValue();
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("\"" + cell + "\" is not a number");
        }
    }

    /** An amount in yuan such as {@code 1800}, {@code 45.50}, {@code ¥45.5} or {@code 45.5元}. */
    static Money money(String cell) {
        BigDecimal yuan;
        try {
            yuan = new BigDecimal(MONEY_SIGN.matcher(cell).replaceAll(""));
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("\"" + cell + "\" is not an amount in yuan");
        }
        try {
            return Money.of(yuan);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("\"" + cell + "\" is not an amount in yuan with at most two "
                    + "decimals");
        }
    }

    /** A day such as {@code 2026-11-27} or, as Excel writes it in China, {@code 2026/11/27}. */
    static LocalDate date(String cell) {
        try {
            return cell.indexOf('/') >= 0 ? LocalDate.parse(cell, SLASHED_DATE) : LocalDate.parse(cell);
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("\"" + cell + "\" is not a date such as 2026-11-27 or 2026/11/27");
        }
    }

    /** {@code T1}, {@code T2} or {@code T3}, in any case. */
    static Level level(String cell) {
        for (Level level : Level.values()) {
            if (level.name().equalsIgnoreCase(cell)) {
                return level;
            }
        }
        throw new IllegalArgumentException("\"" + cell + "\" is not a level; expected T1, T2 or T3");
    }

    /** A status name such as {@code ON_DUTY} (any case, spaces for underscores) or its Chinese label. */
    static TechnicianStatus status(String cell) {
        TechnicianStatus labelled = STATUS_LABELS.get(cell);
        if (labelled != null) {
            return labelled;
        }
        String name = cell.toUpperCase(Locale.ROOT).replace(' ', '_');
        for (TechnicianStatus status : TechnicianStatus.values()) {
            if (status.name().equals(name)) {
                return status;
            }
        }
        List<String> expected = new ArrayList<>();
        STATUS_LABELS.forEach((label, status) -> expected.add(status.name() + " (" + label + ")"));
        throw new IllegalArgumentException("\"" + cell + "\" is not a status; expected one of "
                + String.join(", ", expected));
    }

    /**
     * One or more skills separated by {@code ;}, {@code 、}, {@code |} or a comma, each a code such as
     * {@code HV_SYSTEM} (any case) or a Chinese label such as {@code 三电故障}. A skill named twice counts once.
     */
    static SortedSet<Skill> skills(String cell) {
        SortedSet<Skill> skills = new TreeSet<>();
        for (String item : LIST_SEPARATOR.split(cell)) {
            String name = item.strip();
            if (name.isEmpty()) {
                continue;
            }
            Skill labelled = SKILL_LABELS.get(name);
            if (labelled != null) {
                skills.add(labelled);
                continue;
            }
            String code = name.toUpperCase(Locale.ROOT);
            if (!Skill.isValidCode(code)) {
                throw new IllegalArgumentException("\"" + name + "\" is not a skill; expected a code such as "
                        + "HV_SYSTEM or one of " + String.join(", ", SKILL_LABELS.keySet()));
            }
            skills.add(Skill.of(code));
        }
        if (skills.isEmpty()) {
            throw new IllegalArgumentException("\"" + cell + "\" names no skill");
        }
        return skills;
    }

    /**
     * Time windows as ISO-8601 intervals {@code from/to}, such as
     * {@code 2026-11-29T08:00+08:00/2026-11-29T18:00+08:00}, separated by {@code ;}. Whether each ends after it
     * starts is left to the snapshot's validation.
     */
    static List<TimeWindow> windows(String cell) {
        List<TimeWindow> windows = new ArrayList<>();
        for (String item : WINDOW_SEPARATOR.split(cell)) {
            String interval = item.strip();
            if (interval.isEmpty()) {
                continue;
            }
            int slash = interval.indexOf('/');
            try {
                if (slash < 0) {
                    throw new DateTimeParseException("no slash", interval, 0);
                }
                windows.add(new TimeWindow(OffsetDateTime.parse(interval.substring(0, slash).strip()),
                        OffsetDateTime.parse(interval.substring(slash + 1).strip())));
            } catch (DateTimeParseException e) {
                throw new IllegalArgumentException("\"" + interval + "\" is not an ISO-8601 interval with offsets, "
                        + "such as 2026-11-29T08:00+08:00/2026-11-29T18:00+08:00");
            }
        }
        return windows;
    }
}
