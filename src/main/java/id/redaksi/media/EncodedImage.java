package id.redaksi.media;

/** A picture ready to store: its bytes and what pages need to know about it. */
record EncodedImage(ImageFormat format, int width, int height, byte[] bytes) {}
