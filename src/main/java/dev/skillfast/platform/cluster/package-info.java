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
 * Shared: HTTP rate limits ({@code platform.security.RateLimiter}), one-member-at-a-time jobs
 * ({@link Leases}, used by {@code platform.timers.TimerRuns#runLeased}), notes to every member
 * ({@link ClusterTopics}: search index changes, accounts that lose their live access), mail to one member
 * ({@link NodeMail}: live frames, forwarded chat), who is connected where ({@link ConnectedUsers}, a
 * replicated map read locally), which member owns a key ({@link ClusterMember#ownerOf}: a chat session's
 * home) and which members leave ({@link ClusterMember#onMemberLeft}, after
 * {@code skillfast.cluster.member-timeout} of silence). Tickets were single-use across servers already (a
 * {@code findOneAndDelete} in MongoDB).
 *
 * <p>The cluster's port must be open between the servers only: Hazelcast's open-source member protocol
 * has no authentication. Payloads are strings and string arrays: no application class crosses the wire,
 * so members of two versions of SkillFast can run side by side while one is replaced.
 */
package dev.skillfast.platform.cluster;
