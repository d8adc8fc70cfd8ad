/**
 * Running the county network as separate processes from the packaged jars: starting,
 * waiting, killing with SIGKILL and restarting apps
 * ({@link org.bianmin.systest.harness.AppProcess}), the throwaway TLS certificate, the
 * TCP proxy that cuts links, and reading the apps' H2 databases afterwards.
 */
@NullMarked
package org.bianmin.systest.harness;

import org.jspecify.annotations.NullMarked;
