/** The public pages readers see, rendered with jte, and the one place that decides their caching. */
package id.redaksi.web;
