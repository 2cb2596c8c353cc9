package org.newsgraph.campaign;

/** A claim an article makes about a campaign, with the words that make it. */
public sealed interface CampaignFact
    permits Target, ReportedOutput, Mobilisation, Team, Meeting, Leadership, Slogan {

    Evidence evidence();
}
