/**
 * The county data generator and the county benchmark (issue 5, docs/benchmarks.md): a
 * made-up county of 18 townships, 330 villages, 450,000 residents and years of cases,
 * made by the shared case rules and stored through the hub's import path, and the timings
 * of the county's screens on it (H2 and PostgreSQL). Run by the Maven profiles
 * {@code generate} and {@code benchmark}, never by the normal build; a small county is
 * checked by {@code CountyGeneratorTest}.
 */
@NullMarked
package org.bianmin.hub.benchmark;

import org.jspecify.annotations.NullMarked;
