package dev.tandem.divert;

/** A customer's answer to an offer. */
public enum Answer {
    /** The customer goes to the receiving store: the job is committed there. */
    ACCEPTED,
    /** The customer refuses that store: it is never offered to them again, another may be. */
    REFUSED
}
