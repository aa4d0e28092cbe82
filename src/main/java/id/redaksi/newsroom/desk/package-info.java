/**
 * The newsroom's pages ({@code /redaksi/}): controllers, forms and page records, inside the newsroom module and
 * free to use its internals; no other module may use this package.
 */
package id.redaksi.newsroom.desk;
