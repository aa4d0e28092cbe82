/** Counting reads: the hit beacon, counters in memory flushed in batches, and most-read lists. */
package id.redaksi.readership;
