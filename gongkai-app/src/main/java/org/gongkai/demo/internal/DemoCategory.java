package org.gongkai.demo.internal;

/**
 * One category (栏目) of the county's 公开目录 template, as the demo items use it.
 *
 * @param parentCode {@code null} for a top-level category; {@code CZXX} for 预算 and 决算
 */
public record DemoCategory(String code, String name, String parentCode, int sortOrder) {
}
