/**
 * Storage (文件存储): the {@link com.masthead.storage.ObjectStore} port through which media, the digital edition's
 * files and ticket attachments are kept, with two implementations: the data directory (default, the layout
 * {@code <data-dir>/media|epaper|attachments/...} of earlier versions) and S3-compatible object storage (AWS SDK for
 * Java v2; MinIO, Ceph, Aliyun OSS, Tencent COS). Also the health of the store and the command that copies a local
 * store into a bucket ({@code --masthead.storage.copy-to-s3=true}). It owns no table and publishes no events.
 */
package com.masthead.storage;
