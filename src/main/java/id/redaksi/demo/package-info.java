/** Demo content for a fresh installation: a small regional network with its sites, people and articles. */
package id.redaksi.demo;
