/**
 * The shared kernel: value types every module may use (page requests and results, field errors and the
 * exceptions that carry them, Chinese numerals, display-safe text cutting) and the freshness rule of in-memory
 * copies of shared data ({@link com.masthead.shared.Snapshot}, {@link com.masthead.shared.ChangeSignals}). It owns no
 * data and publishes no events.
 */
@org.springframework.modulith.ApplicationModule(type = org.springframework.modulith.ApplicationModule.Type.OPEN)
package com.masthead.shared;
