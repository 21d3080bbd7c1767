/**
 * Assignment plumbing the assigners and the benchmarks share: the Lagrangian capacity prices and the lower bound
 * they prove. Internal: not API, may change without notice.
 */
package dev.tandem.assign.internal;
