/** Stories being written: drafts, the review workflow, scheduling, revisions and corrections. */
package id.redaksi.newsroom;
