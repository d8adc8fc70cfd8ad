/**
 * The public pages, open without login: the progress query (一码查进程) and the service guides
 * (一码知材料, 一码明流程).
 * <p>
 * The progress query: a resident types or scans a case's query code and proves with a
 * second factor (the last four characters of their ID number) that the case is theirs;
 * the answer shows the item, the steps with dates, the colour and where to collect the
 * result, and never a name or an ID number. Failed checks are rate-limited per client,
 * and an unknown code and a wrong check get the same answer.
 * <p>
 * The guides: one page per item of the current catalog version, with its QR code for the
 * hall, and an index of all items with the proxy catalog.
 */
@NullMarked
package org.bianmin.hub.publicsite;

import org.jspecify.annotations.NullMarked;
