/**
 * The web UI's frame: the registry of pages that the navigation lists per role, the map layers
 * and their time window and filters, languages, instants shown in the viewer's time zone, the
 * offline base map (simplified shipped regions) and grid clustering of map points. Plain Java;
 * the pages themselves (Thymeleaf, Spring MVC) live in {@code org.truce.ui.web}.
 */
package org.truce.ui;
