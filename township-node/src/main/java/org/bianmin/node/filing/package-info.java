/**
 * Filing a case for a resident: drafts, materials, channel, authorisation and submission.
 */
@NullMarked
package org.bianmin.node.filing;

import org.jspecify.annotations.NullMarked;
