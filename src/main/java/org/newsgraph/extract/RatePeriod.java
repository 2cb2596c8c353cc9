package org.newsgraph.extract;

/** The period an amount is per when the text states a rate: 日产 and "daily" are per day, 全年 and "annual" per year. */
public enum RatePeriod {
    HOUR, DAY, MONTH, YEAR
}
