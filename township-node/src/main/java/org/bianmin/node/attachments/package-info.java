/**
 * Scans and photos of materials: files kept content-addressed under the data directory,
 * named by their SHA-256, with what the node knows of each (waiting to be uploaded,
 * uploaded, or known from the hub but not fetched yet). The sync feature moves them to
 * and from the hub through {@link org.bianmin.node.attachments.AttachmentSource}.
 */
@NullMarked
package org.bianmin.node.attachments;

import org.jspecify.annotations.NullMarked;
