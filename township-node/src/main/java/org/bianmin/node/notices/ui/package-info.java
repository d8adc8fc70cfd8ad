/**
 * The printable notice pages (A4), with the drawn service seal and the case's QR code.
 */
@NullMarked
package org.bianmin.node.notices.ui;

import org.jspecify.annotations.NullMarked;
