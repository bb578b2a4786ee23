/**
 * The portal's embedded PostgreSQL and Redis. {@code ServicesCommand} is the entry point the application's main
 * method starts for {@code services postgres|redis} (a chaos run restarts one alone), so it is exposed by name.
 */
@NamedInterface("embedded-services")
package io.examday.portal.ops.embedded;

import org.springframework.modulith.NamedInterface;
