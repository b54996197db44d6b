package org.gongkai.platform;

import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Work that must see a transaction's outcome: reloading what the transaction changed (a cache, the proofreading
 * engine, the holiday calendar) is only right once the change is committed, and a cache dropped during the
 * transaction may be filled again by another request before the commit.
 */
public final class AfterCommit {

    private AfterCommit() {
    }

    /** Runs {@code r} after the current transaction commits (not after a rollback); at once without a transaction. */
    public static void run(Runnable r) {
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCommit() {
                    r.run();
                }
            });
        } else {
            r.run();
        }
    }

    /**
     * Notes that the current transaction changed what {@code owner} caches, until the transaction ends. Another
     * request may fill the shared cache from the committed rows meanwhile; the owner's reads in this transaction should
     * then bypass its cache ({@link #changedInThisTransaction}) to see their own change.
     */
    public static void markChanged(Object owner) {
        if (!TransactionSynchronizationManager.isSynchronizationActive() || TransactionSynchronizationManager.hasResource(owner)) {
            return;
        }
        TransactionSynchronizationManager.bindResource(owner, Boolean.TRUE);
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCompletion(int status) {
                TransactionSynchronizationManager.unbindResourceIfPossible(owner);
            }
        });
    }

    /** Whether the current transaction changed what {@code owner} caches ({@link #markChanged}). */
    public static boolean changedInThisTransaction(Object owner) {
        return TransactionSynchronizationManager.hasResource(owner);
    }

    /**
     * Runs {@code r} now and again when the current transaction ends, committed or rolled back (for dropping a cache
     * that another request may have refilled from the old rows meanwhile).
     */
    public static void nowAndAtEnd(Runnable r) {
        r.run();
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCompletion(int status) {
                    r.run();
                }
            });
        }
    }
}
