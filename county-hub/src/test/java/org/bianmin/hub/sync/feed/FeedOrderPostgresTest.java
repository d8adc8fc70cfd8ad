package org.bianmin.hub.sync.feed;

import org.bianmin.hub.IntegrationTest;
import org.bianmin.hub.OnPostgreSQL;

/** Feed order on PostgreSQL (row locks, READ COMMITTED). */
@IntegrationTest
@OnPostgreSQL
class FeedOrderPostgresTest extends FeedOrderContract {

}
