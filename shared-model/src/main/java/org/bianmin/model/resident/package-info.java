/**
 * Residents as the system knows them: the resident ID number (their natural key), their
 * name as filed and what the number tells about them.
 */
@NullMarked
package org.bianmin.model.resident;

import org.jspecify.annotations.NullMarked;
