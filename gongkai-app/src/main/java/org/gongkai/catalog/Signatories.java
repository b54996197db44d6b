package org.gongkai.catalog;

/** The four people of an agency's review chain, recorded on imported items' histories. */
public record Signatories(long drafterId, String drafterName, long reviewerId, String reviewerName,
                          long confidentialityReviewerId, String confidentialityReviewerName, long signerId,
                          String signerName) {
}
