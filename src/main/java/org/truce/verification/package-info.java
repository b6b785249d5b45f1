/**
 * The verification engine (DESIGN.md): every accepted report linked to an incident (the one real
 * event several claims describe), each incident read against every agreement version that could
 * apply (a determination, one explained step per test), and, by the assessments part of this
 * feature, monitors' graded findings. The package root is plain Java: the correlation and the
 * determinations are pure functions over reports, sites, agreements and regions;
 * {@link org.truce.verification.Incidents} is the feature's API for the other features.
 */
package org.truce.verification;
