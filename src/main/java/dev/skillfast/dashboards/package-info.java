/**
 * Dashboards (issue 22): the administrators' figures over a period (minutes per day by channel, sessions and
 * turnover per category, top experts by minutes and by rating, acceptance, new users), an expert's weeks
 * (earnings, minutes, rating over time) and a client's spending (per month, per expert).
 *
 * <p>Why rollups: the figures must come back fast over 100,000 sessions and 1,000,000 journal entries on
 * both stores, and the embedded one scans a whole collection for every query or pipeline (it ignores
 * secondary indexes). So each event is counted once, when it happens, by one atomic {@code $inc} upsert
 * into small collections: {@code dashboard_days} (one document per UTC day), {@code dashboard_expert_months_to_date}
 * (one per expert and month: its total and its running total to each day, for the top experts of a period; a
 * period reads whole months from their totals and the months it cuts as the difference of two running
 * totals, since the embedded store resolves every field path of a pipeline anew and adding up a month's days
 * field by field was most of the read), {@code dashboard_experts} (one per expert, a
 * sub-document per ISO week) and {@code dashboard_clients} (one per client, a sub-document per month). The
 * embedded store's {@code $unwind} copies the whole document for every element, so no rollup unwinds a map
 * that grows with the desk's experts or clients. The dashboards then read them with aggregation pipelines
 * ({@code $objectToArray}, {@code $unwind}, {@code $group}, {@code $facet}) that both stores answer; the
 * collections grow with days, experts and clients, not with sessions or journal entries.
 *
 * <p>What is counted, and when: a session's minutes, turnover, commission and earnings on the day (week,
 * month) it ended, when billing settled it ({@code SessionSettled}); a request's decision (accepted with
 * its time to accept, declined, expired, cancelled) when it was decided ({@code SessionEvent}); a review's
 * stars when it was posted ({@code ReviewPosted}; later edits and moderation change the expert's public
 * rating, not the dashboards' past weeks). New users are counted from the accounts themselves. A session's
 * category is its expert's first category at settlement.
 *
 * <p>Exactly once: each of an event's increments first claims a mark ({@code dashboard_marks}, a unique
 * {@code _id} per event and rollup) and releases it if the increment fails; a repeat (a settlement done
 * twice, a replay) finds the marks and counts nothing. Only a server killed between a mark and its
 * increment loses that one count. {@code POST /api/admin/dashboard/rebuild} replays the history (sessions,
 * settlements, reviews) through the same path, so figures from before an upgrade are added once.
 */
package dev.skillfast.dashboards;
