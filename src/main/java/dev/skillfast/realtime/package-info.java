/**
 * Realtime: the WebSocket gateway at {@code /ws} (chat, presence, WebRTC signalling, session events),
 * its tickets, chat storage and the ICE configuration. The protocol is docs/realtime-protocol.md.
 *
 * <p>Design notes. Browsers cannot authenticate a WebSocket with a header, so {@code POST /api/ws-ticket}
 * trades the access token for a single-use 30-second ticket (stored as its SHA-256, taken with
 * {@code findOneAndDelete}). {@code GatewayHandshakeFilter}, a servlet filter in front of the endpoint
 * registered at {@code /ws}, checks the Origin (this server or the CORS list) and the ticket before the
 * WebSocket container sees the handshake, so refusals are real HTTP answers (401/403 problem details); it
 * leaves the user in {@code Admissions} under the used ticket, where the endpoint takes it, so every
 * connection knows its user and one that did not pass the filter is closed. (A servlet calling Jakarta
 * WebSocket 2.1's {@code upgradeHttpToWebSocket} would be simpler, but Tyrus, Payara's implementation,
 * only upgrades to a registered endpoint.) {@code Gateway} holds the protocol logic
 * apart from the transport; it charges every frame to the connection's budget before reading it (malformed
 * ones too), has {@code FrameScan} refuse frames nested deeper than 32 levels before the JSON reader sees
 * them (its own limit sits deep in a recursion), and checks every frame against the session it names (participants only,
 * ACTIVE only, calls only in audio/video), from a session copy at most 2 s old (30 s on the embedded
 * database, which only this server writes). Chat messages are stored before delivery by
 * {@code ChatWriter}: one thread numbers what has queued (a small batch waits a millisecond for more; per
 * session, in memory), stores it as one batch document (its messages one BSON block: see {@code MessageStore}) and sends it in order on the same
 * thread with synchronous writes ({@code ChatSender}); Open Liberty's asynchronous writes always go
 * through its write selector and a worker thread, which doubled the server's cost per message. A client
 * that stops reading would block that thread: a watchdog marks its connection slow (written
 * asynchronously from then on) and hands the writer to a new thread within a quarter of a second. Every
 * other frame is written asynchronously and never blocks. Nothing about a session is written per message
 * (on the embedded store every write costs a lookup in each unique index of its collection: see
 * {@code platform.mongo.embedded}); "away since" marks are written only when a participant's last
 * connection closes or the first one opens. Presence comes from the expert's connections: ONLINE
 * (connected, available), BUSY (active session), OFFLINE 30 s after the last connection closed; every
 * expert starts OFFLINE when the server starts.
 *
 * <p>Several servers ({@code platform.cluster}, issue 19). {@code Delivery} sends every frame to the
 * recipient's connections here and, as node mail, to each other server that holds one
 * ({@code ConnectedUsers}); a session's chat is numbered, stored and sent by its home server (the owner of
 * the session id's cluster partition, {@code ChatRouting}), to which other servers forward what their
 * connections send, so numbers stay unique, gap-free and in one order for both participants; a unique
 * index on the batches' sequence keys (on a real MongoDB, which a cluster requires) refuses a number stored
 * twice while a session moves between servers, and the writer numbers again from the history. "Connected" means connected to any server: presence,
 * "away" marks and the away check at accept time ask {@code Delivery#connectedAnywhere}. A server that
 * leaves (after the member timeout) has its users marked away from then ({@code NodeDeparture}); a server
 * that joins a running cluster marks nobody away ({@code NobodyConnectedAtStartup}). Limits: a
 * connection a few milliseconds old may not yet be known to other servers (the replicated map converges
 * asynchronously; clients catch up from the chat history when they connect), and a chat message
 * forwarded to a home that dies before confirming it is answered "send it again" although it may have
 * been stored. Session state, tickets, chat history and "away" marks are in MongoDB.
 */
package dev.skillfast.realtime;
