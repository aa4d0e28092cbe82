/** Pictures: uploads, their storage, renditions and the media library. */
package id.redaksi.media;
