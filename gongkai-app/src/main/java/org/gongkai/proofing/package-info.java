/**
 * 纠错: the proofreading engine of gongkai-core wired into the platform — every item checked when it is
 * submitted for review and again at sign-off (BLOCK findings stop publication unless the signer records
 * why), findings shown to reviewers, agency whitelists, county rules, site-wide re-checks of everything
 * published, the proofreading API and the command line.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Proofreading")
package org.gongkai.proofing;
