package org.newsgraph.campaign;

/** Work a mobilisation or a team is for. */
public enum Task {
    /** 采矿: mining. */
    MINING,
    /** 运输: transport (of ore, coal). */
    TRANSPORT,
    /** 冶炼, 炼铁, 炼钢: smelting. */
    SMELTING,
    /** 建炉: building furnaces. */
    FURNACE_BUILDING,
    /** Technical help to furnaces (the mobile medical teams). */
    TECHNICAL_HELP
}
