/**
 * Proofreading attachments (.docx, .doc, .xlsx, .xls, .pdf, .txt).
 *
 * <p>{@link org.gongkai.core.proof.files.AttachmentText} reads a file into located parts, visible and hidden
 * (hidden sheets, rows, columns, comments, tracked deletions, hidden text, document properties);
 * {@link org.gongkai.core.proof.files.HiddenContentFindings} reports what is left in the file unseen;
 * {@link org.gongkai.core.proof.files.AttachmentProofreader#checkFile} runs the engine over every part and
 * makes personal data in hidden content BLOCK. Files that cannot be read raise
 * {@link org.gongkai.core.proof.files.UnreadableAttachment} with a Chinese message.
 *
 * <p>The test fixture {@code notice-with-revisions.doc} is {@code TestFiles.docx()} saved as "Word 97" by
 * LibreOffice 7.4 ({@code soffice --headless --convert-to doc}); POI cannot write a .doc from nothing.
 */
package org.gongkai.core.proof.files;
