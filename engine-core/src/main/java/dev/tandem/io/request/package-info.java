/** The documents beside a snapshot: support requests, waiting-customer jobs, and the matching core's answers. */
package dev.tandem.io.request;
