/** Users, their roles per site, login and the security of every request. */
package id.redaksi.account;
