/**
 * Media (图片库): uploaded pictures. It owns the {@code image} table and the files under the storage key
 * {@code media/}: it checks every upload by its real type and declared size before decoding it, strips
 * metadata such as EXIF and GPS positions, stores each picture once by the SHA-256 of its cleaned bytes, and
 * serves it and its smaller variants under content-hashed, immutable {@code /media/} URLs. Publishes
 * {@link com.masthead.media.ImageChanged}.
 */
package com.masthead.media;
