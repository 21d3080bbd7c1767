/** The South China demo: the playbook's network run through Tandem, step by step. */
package dev.tandem.examples.demo;
