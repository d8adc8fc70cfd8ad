package org.bianmin.hub.sync.feed;

import org.bianmin.hub.DemoHubTest;

/** Feed order on H2 (the demo hub's application, shared with the other demo tests). */
@DemoHubTest
class FeedOrderTest extends FeedOrderContract {

}
