package org.newsgraph.campaign;

/** The part of a day a meeting was held in: 上午, 中午, 下午, 晚 (晚上), 夜. */
public enum PartOfDay {
    MORNING, NOON, AFTERNOON, EVENING, NIGHT
}
