package org.newsgraph.campaign;

/** What an output reports of the target it answers. */
public enum TargetOutcome {
    /** 完成了…任务: the target was met. */
    MET,
    /** 超额完成: the target was exceeded. */
    EXCEEDED
}
