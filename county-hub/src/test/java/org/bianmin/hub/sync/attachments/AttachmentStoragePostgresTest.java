package org.bianmin.hub.sync.attachments;

import org.bianmin.hub.IntegrationTest;
import org.bianmin.hub.OnPostgreSQL;

/** Attachment storage on PostgreSQL. */
@IntegrationTest
@OnPostgreSQL
class AttachmentStoragePostgresTest extends AttachmentStorageContract {

}
