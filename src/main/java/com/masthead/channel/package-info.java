/**
 * The channel (栏目) tree: names, slugs, paths, order, description and visibility. Other modules read it through
 * {@link com.masthead.channel.ChannelCatalog}, an in-memory snapshot rebuilt whenever a channel changes, so that a
 * page render never queries channels. Publishes {@link com.masthead.channel.ChannelChanged}.
 */
package com.masthead.channel;
