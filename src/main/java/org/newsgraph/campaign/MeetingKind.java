package org.newsgraph.campaign;

/** The kind of a meeting, by the words that name it. */
public enum MeetingKind {
    /** 会议, 会: a meeting. */
    MEETING,
    /** 扩大会议: an enlarged meeting. */
    ENLARGED_MEETING,
    /** 常委会议: a meeting of a standing committee. */
    STANDING_COMMITTEE_MEETING,
    /** 电话会议: a telephone conference. */
    TELEPHONE_CONFERENCE,
    /** 广播大会: a broadcast rally. */
    BROADCAST_RALLY,
    /** 现场会议: an on-site meeting. */
    ON_SITE_MEETING,
    /** 誓师大会, 誓师: a pledge rally. */
    PLEDGE_RALLY
}
