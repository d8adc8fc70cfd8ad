/**
 * The public progress query page, open without login, readable on a phone.
 */
@NullMarked
package org.bianmin.hub.publicsite.ui;

import org.jspecify.annotations.NullMarked;
