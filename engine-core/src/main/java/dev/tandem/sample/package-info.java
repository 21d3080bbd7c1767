/** Networks to try Tandem on: the bundled South China sample and a seeded generator of networks of any size. */
package dev.tandem.sample;
