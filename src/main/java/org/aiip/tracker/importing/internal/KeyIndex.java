package org.aiip.tracker.importing.internal;

/**
 * The office and number of every row seen so far, each with the row it first appeared in, in
 * two flat arrays: a million rows take about 24 MB, where a map of strings would need several
 * times that. Keys are 64-bit hashes; two different numbers share one with a chance of about
 * 1 in 10^7 for a million rows, which would flag a row as a repeat that is not.
 */
final class KeyIndex {

    private long[] keys = new long[1 << 12];

    private int[] rows = new int[1 << 12];

    private int size;

    /** Records {@code key} at {@code row}; returns the row it was first seen in, or -1 if it is new. */
    int putIfAbsent(String key, int row) {
        long hash = hash(key);
        int mask = this.keys.length - 1;
        int slot = (int) (hash ^ (hash >>> 32)) & mask;
        while (this.keys[slot] != 0) {
            if (this.keys[slot] == hash) {
                return this.rows[slot];
            }
            slot = (slot + 1) & mask;
        }
        this.keys[slot] = hash;
        this.rows[slot] = row;
        if (++this.size * 2 > this.keys.length) {
            grow();
        }
        return -1;
    }

    private void grow() {
        long[] oldKeys = this.keys;
        int[] oldRows = this.rows;
        this.keys = new long[oldKeys.length * 2];
        this.rows = new int[oldRows.length * 2];
        int mask = this.keys.length - 1;
        for (int i = 0; i < oldKeys.length; i++) {
            if (oldKeys[i] != 0) {
                int slot = (int) (oldKeys[i] ^ (oldKeys[i] >>> 32)) & mask;
                while (this.keys[slot] != 0) {
                    slot = (slot + 1) & mask;
                }
                this.keys[slot] = oldKeys[i];
                this.rows[slot] = oldRows[i];
            }
        }
    }

    // FNV-1a over the characters, then the MurmurHash3 finaliser to spread the bits; never 0,
    // which marks an empty slot.
    static long hash(String key) {
        long h = 0xcbf29ce484222325L;
        for (int i = 0; i < key.length(); i++) {
            h ^= key.charAt(i);
            h *= 0x100000001b3L;
        }
        h ^= h >>> 33;
        h *= 0xff51afd7ed558ccdL;
        h ^= h >>> 33;
        h *= 0xc4ceb9fe1a85ec53L;
        h ^= h >>> 33;
        return h == 0 ? 1 : h;
    }

}
