/**
 * The integrators' event feed: the whole log in global order as CloudEvents, pulled a page at a time from a
 * position or pushed live as Server-Sent Events, never skipping an event whose transaction commits late, with the
 * restricted floor and cost prices left out.
 */
package com.tradeledger.feed;
