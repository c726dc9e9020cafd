#ifndef M54_MEMORY_HINTS_H
#define M54_MEMORY_HINTS_H

/// Asks the processor to start loading the cache line holding `address` (for reading, kept in
/// every cache level): the Swift standard library has no prefetch. Never faults, whatever the
/// address.
static inline void m54_prefetch(const void *address) { __builtin_prefetch(address, 0, 3); }

#endif
