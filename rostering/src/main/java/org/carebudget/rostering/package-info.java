/**
 * Shifts and the hours they use. Hours are elapsed hours in {@code Europe/London}: a night shift over the
 * October clock change is an hour longer than its wall-clock span, over the March change an hour shorter.
 */
package org.carebudget.rostering;
