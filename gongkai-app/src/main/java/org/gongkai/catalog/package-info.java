/**
 * The disclosure catalogue (公开目录): categories, items with their 索引号 and metadata, the review
 * chain before publishing (先审后发), validity, attachments and policy interpretations.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Catalogue")
package org.gongkai.catalog;
