package dev.skillfast.dashboards.domain;

/**
 * The dashboards' rollups: one document per UTC day, per expert and month (its total and its running totals to
 * each day inside), per expert (weeks inside), per client (months inside).
 */
public enum Rollup {
    DAY, EXPERT_MONTH_TO_DATE, EXPERT, CLIENT
}
