/**
 * The collaboration service: the playbook's platform as a server around the library ({@code tandem serve}).
 * {@link dev.tandem.service.TandemService} starts it; docs/service.md describes it.
 */
package dev.tandem.service;
