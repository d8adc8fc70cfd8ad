/**
 * Demo data, only with the Spring profile {@code demo}: made-up staff to log in with, and
 * a banner that names them.
 */
@NullMarked
package org.bianmin.hub.demo;

import org.jspecify.annotations.NullMarked;
