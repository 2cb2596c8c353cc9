/**
 * Campaign facts: what articles claim about a production campaign (targets, reported outputs, mobilisations, teams,
 * meetings, leadership assignments, slogans), read from the Chinese sentence with the mentions, amounts and dates
 * the extraction stage found in it, and supported by that sentence and the English one aligned with it.
 */
package org.newsgraph.campaign;
