/**
 * Several servers as one product: each server is a member of an embedded Hazelcast cluster (TCP/IP join,
 * off unless {@code skillfast.cluster.members} is set) and has a node id ({@link NodeId}, in
 * {@code /api/info}, {@code /health/ready} and the start-up log).
 *
 * <p>Design notes. Hazelcast rather than MongoDB change streams: it runs here and in tests (no MongoDB
 * server exists on these machines), and it gives shared rate limits (bucket4j's Hazelcast integration)
 * and leases besides a bus. What the cluster holds is either rebuilt by its members or may be lost with
 * them: the truth stays in MongoDB. A cluster requires a real MongoDB: {@link ClusterSettings#refusal()}
 * stops the application from starting on the embedded store, whose data lives inside one server.
 * Shared today: HTTP rate limits ({@code platform.security.RateLimiter}), one-member-at-a-time jobs
 * ({@link Leases}, used by {@code platform.timers.TimerRuns#runLeased}) and notes between members
 * ({@link ClusterTopics}: search index changes, accounts that lose their live access). Tickets were
 * single-use across servers already (a {@code findOneAndDelete} in MongoDB).
 *
 * <p>Limits (issue 19, in progress). Live frames are still delivered in-process only, presence counts
 * this server's connections, and the chat sequence is numbered in each server's memory, so the two
 * participants of a live session must reach the same server until the frame bus lands. The cluster's
 * port must be open between the servers only: Hazelcast's open-source member protocol has no
 * authentication.
 */
package dev.skillfast.platform.cluster;
