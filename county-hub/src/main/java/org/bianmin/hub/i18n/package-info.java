/**
 * Every string a user reads, in Chinese (the default) and English, and the labels of
 * domain enums.
 */
@NullMarked
package org.bianmin.hub.i18n;

import org.jspecify.annotations.NullMarked;
