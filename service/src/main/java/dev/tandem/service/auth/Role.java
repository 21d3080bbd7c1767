package dev.tandem.service.auth;

/** What a user may do: HQ sees the whole network and approves plans; store staff act for their own store. */
public enum Role {
    HQ, STORE
}
