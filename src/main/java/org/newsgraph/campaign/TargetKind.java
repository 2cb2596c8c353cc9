package org.newsgraph.campaign;

/** How a target was set, by the word that sets it. */
public enum TargetKind {
    /** 号召: a call. */
    CALL,
    /** 任务: a task assigned. */
    TASK,
    /** 力争, 保证, 争取: a pledge. */
    PLEDGE,
    /** 决定, 确定, 要求, 要达到: a decision or requirement of a leading body. */
    DECISION,
    /** 计划, 指标: a plan or quota. */
    PLAN
}
