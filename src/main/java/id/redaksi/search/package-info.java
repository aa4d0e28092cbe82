/** Full-text search over published articles, and suggestions for misspellings. */
package id.redaksi.search;
