package org.bianmin.hub.catalog;

/**
 * Published inside the transaction that publishes a catalog version: the sync feed sends
 * the version to every registered node (docs/sync-protocol.md 6.1).
 *
 * @param version the version just published
 */
public record CatalogVersionPublished(int version) {

}
