package org.carebudget.rostering;

/**
 * Which working-time law applies to a worker: the Working Time Regulations 1998 (SI 1998/1833) in Great Britain,
 * or the Working Time Regulations (Northern Ireland) 2016 (SR 2016/49), which set the same limits under their own
 * regulation numbers. Findings cite the regulations of the worker's jurisdiction. Thread-safe.
 */
public enum Jurisdiction {
    /** England, Wales and Scotland: SI 1998/1833 as amended. */
    GREAT_BRITAIN,
    /** Northern Ireland: SR 2016/49. */
    NORTHERN_IRELAND
}
