package org.newsgraph.campaign;

/**
 * What a target or an output counts: a product (steel, pig iron, …) or an installation built (furnaces). A closed
 * set, each a SKOS concept of the campaign ontology.
 */
public enum Commodity {
    /** 钢: steel. */
    STEEL,
    /** 生铁: pig iron, also 铁 as the furnaces produce it (产铁, 出铁, 炼铁): what they yield is pig iron. */
    PIG_IRON,
    /** Iron of both kinds counted together: a 产铁 total the sentence splits (其中烧结铁…). */
    IRON,
    /** 烧结铁: sintered iron. */
    SINTERED_IRON,
    /** 矿石, 铁矿石: ore. */
    ORE,
    /** 煤: coal. */
    COAL,
    /** 焦炭: coke. */
    COKE,
    /** 炉子, 炼铁炉, 土高炉, 高炉, 转炉 built: furnaces, counted. */
    FURNACE;

    /** True for what is built rather than produced. */
    public boolean isInstallation() { return this == FURNACE; }
}
