/** The read-only JSON API for the network's apps. */
package id.redaksi.api;
