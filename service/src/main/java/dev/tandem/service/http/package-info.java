/**
 * The REST and JSON API on Javalin: routes, problem details, idempotent actions, server-sent events.
 */
package dev.tandem.service.http;
