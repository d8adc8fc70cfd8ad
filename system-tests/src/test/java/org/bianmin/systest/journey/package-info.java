/**
 * The end-to-end journey of a case across village, township and county, in real browsers
 * against the packaged apps, every hop by sync.
 */
@NullMarked
package org.bianmin.systest.journey;

import org.jspecify.annotations.NullMarked;
