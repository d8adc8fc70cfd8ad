/**
 * Staff accounts of this node and their roles; the login looks them up here.
 */
@NullMarked
package org.bianmin.node.staff;

import org.jspecify.annotations.NullMarked;
