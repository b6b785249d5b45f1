/** Database helpers every feature's store may use (PostgreSQL's COPY for bulk writes). */
@NamedInterface("store")
package org.truce.shared.store;

import org.springframework.modulith.NamedInterface;
