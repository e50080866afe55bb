package com.masthead.media;

/** What an upload's header declares: its real format and the size of its (first) picture in pixels. */
record ImageHeader(ImageFormat format, int width, int height) {}
