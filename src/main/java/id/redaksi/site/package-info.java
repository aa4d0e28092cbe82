/** The network's sites: their host names, settings, dateline, time zone and rubrics (kanal). */
package id.redaksi.site;
