/**
 * The collaboration service: the playbook's platform as a server around the library ({@code tandem serve}). {@link
 */
package dev.tandem.service;
