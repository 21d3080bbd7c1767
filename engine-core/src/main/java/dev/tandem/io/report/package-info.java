/** The weekly report and the analytics (service levels, ranking, scorecards) as JSON. */
package dev.tandem.io.report;
