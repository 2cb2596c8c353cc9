package org.newsgraph.rdf;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.newsgraph.campaign.Commodity;
import org.newsgraph.campaign.MeetingKind;
import org.newsgraph.campaign.PartOfDay;
import org.newsgraph.campaign.TargetKind;
import org.newsgraph.campaign.TargetOutcome;
import org.newsgraph.campaign.Task;

/**
 * The campaign ontology ({@code ontology/campaign.ttl}): the facts articles claim about a production campaign and
 * the SKOS concepts of their closed lists. The namespace is fixed, whatever base a deployment publishes its data
 * under.
 */
public final class Campaign {
    public static final String NS = "https://w3id.org/newsgraph/campaign#";

    // Classes
    public static final Node Campaign = uri("Campaign");
    public static final Node CampaignFact = uri("CampaignFact");
    public static final Node ProductionTarget = uri("ProductionTarget");
    public static final Node FurnaceBuildingTarget = uri("FurnaceBuildingTarget");
    public static final Node ReportedOutput = uri("ReportedOutput");
    public static final Node Mobilisation = uri("Mobilisation");
    public static final Node Team = uri("Team");
    public static final Node Meeting = uri("Meeting");
    public static final Node LeadershipAssignment = uri("LeadershipAssignment");
    public static final Node Slogan = uri("Slogan");

    // Campaigns
    public static final Node steelCampaign1958 = uri("steelCampaign1958");

    // Properties
    public static final Node campaign = uri("campaign");
    public static final Node commodity = uri("commodity");
    public static final Node quantity = uri("quantity");
    public static final Node targetKind = uri("targetKind");
    public static final Node deadline = uri("deadline");
    public static final Node period = uri("period");
    public static final Node producedIn = uri("producedIn");
    public static final Node region = uri("region");
    public static final Node setBy = uri("setBy");
    public static final Node setAt = uri("setAt");
    public static final Node answers = uri("answers");
    public static final Node outcome = uri("outcome");
    public static final Node participants = uri("participants");
    public static final Node forceName = uri("forceName");
    public static final Node task = uri("task");
    public static final Node organisedBy = uri("organisedBy");
    public static final Node members = uri("members");
    public static final Node meetingKind = uri("meetingKind");
    public static final Node title = uri("title");
    public static final Node dateReference = uri("dateReference");
    public static final Node partOfDay = uri("partOfDay");
    public static final Node leader = uri("leader");
    public static final Node role = uri("role");
    public static final Node roleIn = uri("roleIn");

    // Concept schemes
    public static final Node commodities = uri("commodities");
    public static final Node targetKinds = uri("targetKinds");
    public static final Node targetOutcomes = uri("targetOutcomes");
    public static final Node tasks = uri("tasks");
    public static final Node meetingKinds = uri("meetingKinds");
    public static final Node partsOfDay = uri("partsOfDay");

    // Commodities
    public static final Node steel = uri("steel");
    public static final Node pigIron = uri("pigIron");
    public static final Node iron = uri("iron");
    public static final Node sinteredIron = uri("sinteredIron");
    public static final Node ore = uri("ore");
    public static final Node coal = uri("coal");
    public static final Node coke = uri("coke");
    public static final Node furnace = uri("furnace");

    // Target kinds; 任务 is camp:assignedTask, since camp:task is the property of a mobilisation's work
    public static final Node call = uri("call");
    public static final Node assignedTask = uri("assignedTask");
    public static final Node pledge = uri("pledge");
    public static final Node decision = uri("decision");
    public static final Node plan = uri("plan");

    // Target outcomes
    public static final Node met = uri("met");
    public static final Node exceeded = uri("exceeded");

    // Tasks
    public static final Node mining = uri("mining");
    public static final Node transport = uri("transport");
    public static final Node smelting = uri("smelting");
    public static final Node furnaceBuilding = uri("furnaceBuilding");
    public static final Node technicalHelp = uri("technicalHelp");

    // Meeting kinds
    public static final Node meeting = uri("meeting");
    public static final Node enlargedMeeting = uri("enlargedMeeting");
    public static final Node standingCommitteeMeeting = uri("standingCommitteeMeeting");
    public static final Node telephoneConference = uri("telephoneConference");
    public static final Node broadcastRally = uri("broadcastRally");
    public static final Node onSiteMeeting = uri("onSiteMeeting");
    public static final Node pledgeRally = uri("pledgeRally");

    // Parts of the day
    public static final Node morning = uri("morning");
    public static final Node noon = uri("noon");
    public static final Node afternoon = uri("afternoon");
    public static final Node evening = uri("evening");
    public static final Node night = uri("night");

    private Campaign() {}

    /** The concept of {@code camp:commodities} that stands for {@code commodity}. */
    public static Node commodity(Commodity commodity) {
        return switch (commodity) {
            case STEEL -> steel;
            case PIG_IRON -> pigIron;
            case IRON -> iron;
            case SINTERED_IRON -> sinteredIron;
            case ORE -> ore;
            case COAL -> coal;
            case COKE -> coke;
            case FURNACE -> furnace;
        };
    }

    /** The concept of {@code camp:targetKinds} that stands for {@code kind}. */
    public static Node targetKind(TargetKind kind) {
        return switch (kind) {
            case CALL -> call;
            case TASK -> assignedTask;
            case PLEDGE -> pledge;
            case DECISION -> decision;
            case PLAN -> plan;
        };
    }

    /** The concept of {@code camp:targetOutcomes} that stands for {@code outcome}. */
    public static Node outcome(TargetOutcome outcome) {
        return switch (outcome) {
            case MET -> met;
            case EXCEEDED -> exceeded;
        };
    }

    /** The concept of {@code camp:tasks} that stands for {@code task}. */
    public static Node task(Task task) {
        return switch (task) {
            case MINING -> mining;
            case TRANSPORT -> transport;
            case SMELTING -> smelting;
            case FURNACE_BUILDING -> furnaceBuilding;
            case TECHNICAL_HELP -> technicalHelp;
        };
    }

    /** The concept of {@code camp:meetingKinds} that stands for {@code kind}. */
    public static Node meetingKind(MeetingKind kind) {
        return switch (kind) {
            case MEETING -> meeting;
            case ENLARGED_MEETING -> enlargedMeeting;
            case STANDING_COMMITTEE_MEETING -> standingCommitteeMeeting;
            case TELEPHONE_CONFERENCE -> telephoneConference;
            case BROADCAST_RALLY -> broadcastRally;
            case ON_SITE_MEETING -> onSiteMeeting;
            case PLEDGE_RALLY -> pledgeRally;
        };
    }

    /** The concept of {@code camp:partsOfDay} that stands for {@code part}. */
    public static Node partOfDay(PartOfDay part) {
        return switch (part) {
            case MORNING -> morning;
            case NOON -> noon;
            case AFTERNOON -> afternoon;
            case EVENING -> evening;
            case NIGHT -> night;
        };
    }

    private static Node uri(String local) { return NodeFactory.createURI(NS + local); }
}
