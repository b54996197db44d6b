/**
 * Agencies (机构) and people: the hierarchy of the county, each agency's 公开指南 facts, users and
 * their roles, sign-in for the site and the API.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Agencies and people")
package org.gongkai.agency;
