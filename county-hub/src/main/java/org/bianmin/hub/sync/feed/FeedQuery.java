package org.bianmin.hub.sync.feed;

/**
 * What a node asks of its feed: {@code ?after=&limit=&outboxSeq=[&rebuild=true]}.
 *
 * @param after the node's cursor
 * @param limit at most this many entries
 * @param outboxSeq the node's highest outbox position ever assigned
 * @param rebuild whether the node is rebuilding (its own events are included)
 */
record FeedQuery(long after, int limit, long outboxSeq, boolean rebuild) {
}
