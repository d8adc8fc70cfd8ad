/**
 * Translations of every user-visible string (Chinese by default, English) and the labels
 * of enums.
 */
@NullMarked
package org.bianmin.node.i18n;

import org.jspecify.annotations.NullMarked;
