package org.bianmin.hub.sync.attachments;

import org.bianmin.hub.DemoHubTest;

/** Attachment storage on H2. */
@DemoHubTest
class AttachmentStorageTest extends AttachmentStorageContract {

}
