/**
 * Users, roles (HQ and store staff), bcrypt passwords and hashed bearer tokens.
 */
package dev.tandem.service.auth;
