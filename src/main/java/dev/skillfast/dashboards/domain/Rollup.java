package dev.skillfast.dashboards.domain;

/** The dashboards' three rollups: one document per UTC day, per expert (weeks inside), per client (months inside). */
public enum Rollup {
    DAY, EXPERT, CLIENT
}
